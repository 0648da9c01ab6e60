import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows.js';

describe('sortRows', () => {
  it('orders numbers both ways and keeps missing and suppressed values last', () => {
    const rows = [
      { id: 'a', n: 2, suppressed: [] },
      { id: 'b', n: null, suppressed: [] },
      { id: 'c', n: 9, suppressed: [] },
      { id: 'd', n: 40, suppressed: ['n'] },
      { id: 'e', n: 5, suppressed: [] },
    ];
    expect(sortRows(rows, 'n', 'desc').map((row) => row.id)).toEqual(['c', 'e', 'a', 'b', 'd']);
    expect(sortRows(rows, 'n', 'asc').map((row) => row.id)).toEqual(['a', 'e', 'c', 'b', 'd']);
  });

  it('orders text alphabetically with numbers inside read as numbers', () => {
    const rows = [
      { name: 'Kab. Serang' },
      { name: 'Kab. Lebak' },
      { name: 'DKR 10' },
      { name: 'DKR 9' },
    ];
    expect(sortRows(rows, 'name', 'asc').map((row) => row.name)).toEqual([
      'DKR 9',
      'DKR 10',
      'Kab. Lebak',
      'Kab. Serang',
    ]);
  });
});
