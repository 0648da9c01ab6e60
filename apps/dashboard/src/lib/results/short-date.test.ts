import { describe, expect, it } from 'vitest';
import { shortDate } from './short-date.js';

describe('shortDate', () => {
  it('writes the day first in both languages', () => {
    expect(shortDate('2024-08-17', 'id')).toBe('17 Agu 2024');
    expect(shortDate('2024-08-17', 'en')).toBe('17 Aug 2024');
  });

  it('reads the date in UTC, so the first of a month stays the first', () => {
    expect(shortDate('2025-03-01', 'en')).toBe('1 Mar 2025');
  });
});
