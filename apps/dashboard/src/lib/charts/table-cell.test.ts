import { describe, expect, it } from 'vitest';
import { formatValue } from '../format.js';
import { tableCell } from './table-cell.js';

describe('tableCell', () => {
  it('reads a number column in the language of the page', () => {
    expect(tableCell({ n: 1234 }, 'n', 'count', 'id')).toBe('1.234');
    expect(tableCell({ n: 1234 }, 'n', 'count', 'en')).toBe('1,234');
    expect(tableCell({ r: 0.125 }, 'r', 'percent', 'id')).toBe('12,5%');
  });

  it('hides a suppressed cell whatever it holds, in a text column too', () => {
    const hidden = formatValue(null, 'count', 'id', true);
    expect(hidden).not.toBe('3');
    expect(tableCell({ n: 3, suppressed: ['n'] }, 'n', 'count', 'id')).toBe(hidden);
    expect(tableCell({ name: 'Desa A', suppressed: ['name'] }, 'name', undefined, 'id')).toBe(
      hidden,
    );
    expect(tableCell({ n: 3, m: 4, suppressed: ['m'] }, 'n', 'count', 'id')).toBe('3');
  });

  it('gives a missing number the formatter’s empty mark, missing text a dash', () => {
    expect(tableCell({ n: null }, 'n', 'count', 'en')).toBe(formatValue(null, 'count', 'en'));
    expect(tableCell({}, 'name', undefined, 'en')).toBe('–');
  });

  it('joins a list with commas and keeps text in a number column as it is', () => {
    expect(tableCell({ tags: ['a', 'b'] }, 'tags', undefined, 'en')).toBe('a, b');
    expect(tableCell({ n: 'n/a' }, 'n', 'count', 'en')).toBe('n/a');
  });
});
