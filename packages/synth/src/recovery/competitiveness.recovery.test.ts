// Recovery: on the Banten demo dataset, competitiveness, advice and RCA find what `generate`
// planted (plantedEffects.strongestRegion: Kabupaten Tangerang, 36.03, makes the strongest
// products and hosts the most study visits), and their two engines agree on it.
import {
  adviceMetric,
  competitivenessMetric,
  rankUncertainty,
  rcaMetric,
  type MetricOptions,
} from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { plantedEffects } from '../index.js';
import { expectAgree, useBanten } from './banten.testkit.js';

const { regionCode: tangerang, councilId: tangerangCouncil } = plantedEffects.strongestRegion;
const options: MetricOptions = { region: '36', from: '2025-01-01', to: '2025-12-31' };

// The tables the three metrics read, as records (money as numbers, as in TypeScript).
const banten = useBanten(async (rows) => ({
  councils: await rows('SELECT * FROM councils'),
  enterprises: await rows('SELECT * FROM enterprises'),
  products: await rows(
    'SELECT * REPLACE (CAST(unit_price_idr AS DOUBLE) AS unit_price_idr) FROM products',
  ),
  assessments: await rows('SELECT * EXCLUDE (year) FROM assessments'),
  study_visits: await rows('SELECT * FROM study_visits'),
  adoptions: await rows('SELECT * FROM adoptions'),
  outcomes: await rows(
    'SELECT * REPLACE (CAST(revenue_idr AS DOUBLE) AS revenue_idr) FROM outcomes',
  ),
  regions: await rows('SELECT * FROM regions'),
}));

describe('competitiveness recovers the strongest region', () => {
  it('puts Kabupaten Tangerang first by mean and median PCI and by quality, in both engines', async () => {
    const byRegion = { ...options, by: 'region' as const };
    const ts = competitivenessMetric.compute(banten().input, byRegion);
    expectAgree(ts, await banten().sqlRows(competitivenessMetric, byRegion), { relative: true });
    const children = ts.filter((row) => row.region_code !== '36');
    expect(children).toHaveLength(8);
    const best = (field: string) =>
      [...children].sort((a, b) => (b[field] as number) - (a[field] as number))[0]?.region_code;
    expect(best('pci_mean')).toBe(tangerang);
    expect(best('pci_median')).toBe(tangerang);
    expect(best('quality')).toBe(tangerang);
    // Its lead survives other plausible weights.
    const spread = rankUncertainty(children, { seed: 42, n: 300 });
    expect(spread.find((s) => s.key === tangerang)).toMatchObject({ median_rank: 1 });
  });

  it('agrees across engines under geometric and custom weights too', async () => {
    for (const extra of [
      { weighting: 'geometric' as const },
      { weights: [0.4, 0.2, 0.2, 0.2] as const, by: 'craft_category' as const },
    ]) {
      const opts = { ...options, ...extra };
      expectAgree(
        competitivenessMetric.compute(banten().input, opts),
        await banten().sqlRows(competitivenessMetric, opts),
        { relative: true },
      );
    }
  });
});

describe('advice recovers the council to visit', () => {
  it('sends Pandeglang to Kabupaten Tangerang for quality, the most visited host', async () => {
    const opts = { ...options, council: 'DKR-36.01', dimension: 'quality' as const };
    const ts = adviceMetric.compute(banten().input, opts);
    expectAgree(ts, await banten().sqlRows(adviceMetric, opts), { relative: true });
    expect(ts[0]).toMatchObject({ council_id: tangerangCouncil, rank: 1 });
    expect(ts[0]?.gap as number).toBeGreaterThan(0);
    const visits = ts.map((row) => row.visits_hosted as number);
    expect(ts[0]?.visits_hosted).toBe(Math.max(...visits));
    expect((ts[0]?.reasons as string[])[0]).toMatch(
      /^Produk Kab\. Tangerang unggul \d+ poin pada kualitas$/,
    );
  });

  it('agrees across engines on the default dimension, in English', async () => {
    const opts = { ...options, council: 'DKR-36.02', lang: 'en' as const };
    const ts = adviceMetric.compute(banten().input, opts);
    expect(ts.length).toBeGreaterThan(0);
    expectAgree(ts, await banten().sqlRows(adviceMetric, opts), { relative: true });
  });
});

describe('rca on the demo dataset', () => {
  it('agrees across engines, one row per earning region and category', async () => {
    const ts = rcaMetric.compute(banten().input, options);
    expectAgree(ts, await banten().sqlRows(rcaMetric, options), { relative: true });
    expect(new Set(ts.map((row) => row.region_code)).size).toBe(8);
  });
});
