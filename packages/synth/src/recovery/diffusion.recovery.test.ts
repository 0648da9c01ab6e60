// Recovery: on the Banten demo dataset, diffusion finds what `generate` planted
// (plantedEffects.practiceAdoption: about 40% of the (visiting council, practice) pairs shown on
// a study visit are adopted 61–243 days after the earliest visit), and its two engines agree.
import { diffusionMetric, type MetricOptions, type MetricRow } from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { plantedEffects } from '../index.js';
import { expectAgree, useBanten } from './banten.testkit.js';

const { rate, minLagDays, maxLagDays } = plantedEffects.practiceAdoption;

const banten = useBanten(async (rows) => ({
  councils: await rows('SELECT * FROM councils'),
  study_visits: await rows('SELECT * FROM study_visits'),
  adoptions: await rows('SELECT * FROM adoptions'),
  practices: await rows('SELECT * FROM practices'),
  regions: await rows('SELECT * FROM regions'),
}));

describe('diffusion recovers the planted adoption', () => {
  it('finds about 40% of the pairs adopted, 2–8 months after the visit, in both engines', async () => {
    // Every year of the dataset, so that each pair's earliest visit is the one generate used.
    const options: MetricOptions = { region: '36', from: '2021-01-01', to: '2025-12-31' };
    const ts = diffusionMetric.compute(banten().input, options);
    expectAgree(ts, await banten().sqlRows(diffusionMetric, options));
    const overall = ts[0] as MetricRow;
    expect(overall.council_id).toBe('all');
    expect(overall.exposed as number).toBeGreaterThan(100);
    // A binomial share over a few hundred pairs: within 0.1 of the planted 0.4.
    expect(Math.abs((overall.adoption_rate as number) - rate)).toBeLessThan(0.1);
    // Lags are uniform on 61–243 days: the median lies inside and near the middle (152).
    const lag = overall.median_lag_days as number;
    expect(lag).toBeGreaterThanOrEqual(minLagDays);
    expect(lag).toBeLessThanOrEqual(maxLagDays);
    expect(Math.abs(lag - (minLagDays + maxLagDays) / 2)).toBeLessThan(45);
    // Every visiting council's own lag stays inside the planted window.
    for (const row of ts.slice(1)) {
      if (row.median_lag_days === null) continue;
      expect(row.median_lag_days as number).toBeGreaterThanOrEqual(minLagDays);
      expect(row.median_lag_days as number).toBeLessThanOrEqual(maxLagDays);
    }
  });

  it('agrees across engines for one year and one regency', async () => {
    for (const options of [
      { region: '36', from: '2024-01-01', to: '2024-12-31' },
      { region: '36.03', from: '2022-01-01', to: '2023-12-31' },
    ]) {
      expectAgree(
        diffusionMetric.compute(banten().input, options),
        await banten().sqlRows(diffusionMetric, options),
      );
    }
  });
});
