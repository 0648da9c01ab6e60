import { describe, expect, it } from 'vitest';
import { median } from './median.js';

describe('median', () => {
  it('takes the middle value of an odd count and skips nulls', () => {
    expect(median([30, null, 10, 20])).toBe(20);
  });

  it('interpolates between the two middle values of an even count, as DuckDB does', () => {
    expect(median([394, 0, 90, 30])).toBe(60);
    expect(median([1, 2])).toBe(1.5);
  });

  it('is null over nothing and leaves its input unsorted', () => {
    expect(median([])).toBeNull();
    expect(median([null, undefined])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
