import { describe, expect, it } from 'vitest';
import { isAhead } from './is-ahead.js';

describe('isAhead', () => {
  it('is a lead the page prints above zero, never a hidden or rounded-away one', () => {
    expect(isAhead(6.24)).toBe(true);
    expect(isAhead(0.05)).toBe(true);
    expect(isAhead(0.04)).toBe(false);
    expect(isAhead(0)).toBe(false);
    expect(isAhead(-1.2)).toBe(false);
    expect(isAhead(null)).toBe(false);
  });
});
