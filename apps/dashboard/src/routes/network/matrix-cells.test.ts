import { describe, expect, it } from 'vitest';
import { matrixCells } from './matrix-cells.js';

describe('matrixCells', () => {
  it('puts a visit in its visitor row and host column, a joint exhibition in both cells of its pair', () => {
    expect(
      matrixCells([
        { source: 'a', target: 'b', kind: 'visit', events: 2 },
        { source: 'b', target: 'a', kind: 'visit', events: 1 },
        { source: 'c', target: 'a', kind: 'joint', events: 3 },
        { source: 'a', target: 'b', kind: 'joint', events: 1 },
      ]),
    ).toEqual([
      { row: 'a', column: 'b', visits: 2, joint: 1 },
      { row: 'a', column: 'c', visits: 0, joint: 3 },
      { row: 'b', column: 'a', visits: 1, joint: 1 },
      { row: 'c', column: 'a', visits: 0, joint: 3 },
    ]);
  });

  it('leaves the diagonal empty: a council never links to itself', () => {
    expect(matrixCells([{ source: 'a', target: 'a', kind: 'visit', events: 4 }])).toEqual([]);
  });
});
