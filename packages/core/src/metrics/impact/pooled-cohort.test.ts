import { describe, expect, it } from 'vitest';
import { pooledCohort } from './pooled-cohort.js';

describe('pooledCohort', () => {
  it('weights each estimated cohort by its treated enterprises', () => {
    const pooled = pooledCohort([
      { treated_n: 10, comparison_n: 40, did: 0.1, se: 0.02 },
      { treated_n: 30, comparison_n: 60, did: 0.2, se: 0.04 },
    ]);
    expect(pooled.treated_n).toBe(40);
    expect(pooled.comparison_n).toBe(100);
    expect(pooled.did).toBeCloseTo(0.175, 12);
    expect(pooled.se).toBeCloseTo(Math.sqrt(0.25 ** 2 * 0.02 ** 2 + 0.75 ** 2 * 0.04 ** 2), 12);
  });

  it('leaves out a cohort without an estimate, counts and all', () => {
    const pooled = pooledCohort([
      { treated_n: 1, comparison_n: 50, did: null, se: null },
      { treated_n: 20, comparison_n: 80, did: 0.3, se: 0.05 },
    ]);
    expect(pooled).toEqual({ treated_n: 20, comparison_n: 80, did: 0.3, se: 0.05 });
  });

  it('is 0 and 0 with null estimates when no cohort has an estimate', () => {
    expect(pooledCohort([{ treated_n: 1, comparison_n: 1, did: null, se: null }])).toEqual({
      treated_n: 0,
      comparison_n: 0,
      did: null,
      se: null,
    });
    expect(pooledCohort([])).toEqual({ treated_n: 0, comparison_n: 0, did: null, se: null });
  });
});
