import { describe, expect, it } from 'vitest';
import { MetricOptionsError } from '../metric-options-error.js';
import { outcomeField } from './outcome-field.js';

describe('outcomeField', () => {
  it('is the chosen outcome, revenue by default', () => {
    expect(outcomeField({})).toBe('revenue_idr');
    expect(outcomeField({ outcome: 'units_sold' })).toBe('units_sold');
  });

  it('refuses a column outside the allowlist, which would otherwise reach the SQL text', () => {
    expect(() => outcomeField({ outcome: 'year) --' as never })).toThrow(MetricOptionsError);
  });
});
