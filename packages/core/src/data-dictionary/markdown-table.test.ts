import { describe, expect, it } from 'vitest';
import { markdownTable } from './markdown-table.js';

describe('markdownTable', () => {
  it('pads every cell to the widest of its column, three dashes at least', () => {
    expect(
      markdownTable(
        ['a', 'bb'],
        [
          ['1', 'longer'],
          ['’–', ''],
        ],
      ),
    ).toBe(
      ['| a   | bb     |', '| --- | ------ |', '| 1   | longer |', '| ’–  |        |'].join('\n'),
    );
  });

  it('escapes a | inside a cell', () => {
    expect(markdownTable(['x'], [['a|b']])).toBe('| x    |\n| ---- |\n| a\\|b |');
  });
});
