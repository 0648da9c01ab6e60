import { describe, expect, it } from 'vitest';
import { readOutcome } from './outcome.js';

describe('readOutcome', () => {
  it('keeps a known outcome and falls back to revenue for anything else', () => {
    expect(readOutcome('employees')).toBe('employees');
    expect(readOutcome('units_sold')).toBe('units_sold');
    expect(readOutcome('profit')).toBe('revenue_idr');
    expect(readOutcome(null)).toBe('revenue_idr');
  });
});
