import { describe, expect, it } from 'vitest';
import { rowsHeight } from './rows-height.js';

describe('rowsHeight', () => {
  it('adds a row per item to both margins', () => {
    expect(rowsHeight(3, 30, { top: 8, bottom: 26 })).toBe(124);
  });

  it('keeps one row of room when there is nothing to draw', () => {
    expect(rowsHeight(0, 30, { top: 8, bottom: 26 })).toBe(64);
    expect(rowsHeight(1, 30, { top: 8, bottom: 26 })).toBe(64);
  });
});
