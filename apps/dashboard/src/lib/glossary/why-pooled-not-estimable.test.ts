import { describe, expect, it } from 'vitest';
import { whyPooledNotEstimable } from './why-pooled-not-estimable.js';

describe('whyPooledNotEstimable', () => {
  const cohort = (year: number, treated: number | null, comparison: number | null) => ({
    cohort: year,
    treated,
    comparison,
    hidden: false,
  });

  it('gives no reason when a cohort up to the year can be estimated', () => {
    expect(
      whyPooledNotEstimable([cohort(2022, 0, 90), cohort(2023, 40, 120)], false, 2024, 2021, 2025),
    ).toBeNull();
  });

  it('says the first year has no year before, whatever its counts', () => {
    expect(whyPooledNotEstimable([cohort(2021, 0, 0)], false, 2021, 2021, 2025)).toBe('noBefore');
  });

  it('takes the reason of the latest cohort with a year on both sides', () => {
    // 2021 has no year before and 2025 none after; 2024 had too few coached, 2023 no comparison.
    const cohorts = [
      cohort(2021, 0, 0),
      cohort(2023, 30, 1),
      cohort(2024, 1, 80),
      cohort(2025, 0, 0),
    ];
    expect(whyPooledNotEstimable(cohorts, false, 2025, 2021, 2025)).toBe('fewTreated');
    expect(whyPooledNotEstimable(cohorts, false, 2023, 2021, 2025)).toBe('noComparison');
  });

  it('leaves out the cohorts after the year', () => {
    expect(
      whyPooledNotEstimable([cohort(2022, 0, 50), cohort(2023, 40, 120)], false, 2022, 2021, 2025),
    ).toBe('fewTreated');
  });

  it('says too few coached when nobody was first coached in a year that could be measured', () => {
    // Only the first year's cohort, which has no year before; 2022 had nobody.
    expect(whyPooledNotEstimable([cohort(2021, 0, 0)], false, 2022, 2021, 2025)).toBe('fewTreated');
  });

  it('says too few coached when nobody was coached up to the year', () => {
    expect(whyPooledNotEstimable([], false, 2023, 2021, 2025)).toBe('fewTreated');
    expect(whyPooledNotEstimable([], false, 2021, 2021, 2025)).toBe('noBefore');
  });

  it('says hidden when suppression hid the pooled estimate', () => {
    expect(whyPooledNotEstimable([cohort(2023, 40, 120)], true, 2024, 2021, 2025)).toBe('hidden');
  });
});
