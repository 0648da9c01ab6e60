// Recovery: on the Banten demo dataset, impact finds what `generate` planted
// (plantedEffects.coachingRevenue: revenue x1.12 from the year after the first participation on),
// so that the pooled 95% interval contains 12%, and its two engines agree.
import {
  defaultYears,
  impactMetric,
  resolvePeriod,
  type MetricOptions,
  type MetricRow,
} from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { plantedEffects } from '../index.js';
import { expectAgree, useBanten } from './banten.testkit.js';

const { effectPct } = plantedEffects.coachingRevenue;

// The tables impact reads, as records (money as numbers, as in TypeScript).
const banten = useBanten(async (rows) => ({
  enterprises: await rows('SELECT * FROM enterprises'),
  artisans: await rows(
    'SELECT artisan_id, enterprise_id, gender, birth_year, registered_on FROM artisans',
  ),
  participations: await rows('SELECT * EXCLUDE (year) FROM participations'),
  outcomes: await rows(
    'SELECT * REPLACE (CAST(revenue_idr AS DOUBLE) AS revenue_idr) FROM outcomes',
  ),
  regions: await rows('SELECT * FROM regions'),
}));

describe('impact recovers the planted revenue effect', () => {
  it('puts 12% inside the pooled 95% interval over every year of the dataset, in both engines', async () => {
    // The default period of impact: every year of the dataset.
    const period = resolvePeriod({}, defaultYears(banten().input, 'impact'));
    const options: MetricOptions = { region: '36', ...period };
    const ts = impactMetric.compute(banten().input, options);
    expectAgree(ts, await banten().sqlRows(impactMetric, options));
    const pooled = ts.at(-1) as MetricRow;
    expect(pooled.cohort).toBe('all');
    expect(pooled.treated_n as number).toBeGreaterThan(100);
    expect(pooled.ci_low_pct as number).toBeLessThanOrEqual(effectPct);
    expect(pooled.ci_high_pct as number).toBeGreaterThanOrEqual(effectPct);
    // A real effect, not a null one: the interval lies above 0 and the estimate near 12%.
    expect(pooled.ci_low_pct as number).toBeGreaterThan(0);
    expect(Math.abs((pooled.effect_pct as number) - effectPct)).toBeLessThan(6);
    // Cohorts ascend as strings, and every estimated one is in the pool.
    const cohorts = ts.slice(0, -1);
    expect(cohorts.map((row) => row.cohort)).toEqual([...cohorts.map((row) => row.cohort)].sort());
    const estimated = cohorts.filter((row) => row.did !== null);
    expect(estimated.length).toBeGreaterThan(0);
    expect(pooled.treated_n).toBe(
      estimated.reduce((sum, row) => sum + (row.treated_n as number), 0),
    );
  });

  it('agrees across engines for one regency and a two-year period', async () => {
    const options: MetricOptions = { region: '36.03', from: '2022-01-01', to: '2023-12-31' };
    const ts = impactMetric.compute(banten().input, options);
    expect(ts.length).toBeGreaterThan(1);
    expectAgree(ts, await banten().sqlRows(impactMetric, options));
  });
});
