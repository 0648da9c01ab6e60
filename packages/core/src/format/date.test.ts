import { describe, expect, it } from 'vitest';
import { formatDate } from './date.js';

describe('formatDate', () => {
  it('names the month in the language', () => {
    expect(formatDate('2024-08-17', 'id')).toBe('17 Agu 2024');
    expect(formatDate('2024-08-17', 'en')).toBe('Aug 17, 2024');
  });
  it('reads a missing or broken date as a dash', () => {
    expect(formatDate(null, 'id')).toBe('–');
    expect(formatDate('not a date', 'en')).toBe('–');
  });
});
