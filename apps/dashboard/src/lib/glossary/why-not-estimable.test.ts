import { describe, expect, it } from 'vitest';
import { whyNotEstimable } from './why-not-estimable.js';

describe('whyNotEstimable', () => {
  const row = { cohort: 2023, treated: 40, comparison: 120, hidden: false };

  it('gives no reason when both groups have at least 2 enterprises', () => {
    expect(whyNotEstimable(row, 2021, 2025)).toBeNull();
    expect(whyNotEstimable({ ...row, treated: 2, comparison: 2 }, 2021, 2025)).toBeNull();
  });

  it('says a cohort of the first year has no year before and one of the last year no year after', () => {
    expect(whyNotEstimable({ ...row, cohort: 2021, treated: 0 }, 2021, 2025)).toBe('noBefore');
    expect(whyNotEstimable({ ...row, cohort: 2025, treated: 0 }, 2021, 2025)).toBe('noAfter');
  });

  it('tells too few coached enterprises from no comparison group', () => {
    expect(whyNotEstimable({ ...row, treated: 0 }, 2021, 2025)).toBe('fewTreated');
    expect(whyNotEstimable({ ...row, comparison: 1 }, 2021, 2025)).toBe('noComparison');
  });

  it('says a suppressed estimate is hidden, whatever else is missing', () => {
    expect(whyNotEstimable({ ...row, cohort: 2025, treated: null, hidden: true }, 2021, 2025)).toBe(
      'hidden',
    );
  });
});
