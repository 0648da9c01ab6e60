import { describe, expect, it } from 'vitest';
import { formatPValue } from './p-value.js';

describe('formatPValue', () => {
  it('reads two decimals per language and never rounds a tiny p to zero', () => {
    expect(formatPValue(0.7512, 'id')).toBe('0,75');
    expect(formatPValue(0.7512, 'en')).toBe('0.75');
    expect(formatPValue(0.8, 'id')).toBe('0,80');
    expect(formatPValue(0.0004, 'en')).toBe('< 0.01');
  });
});
