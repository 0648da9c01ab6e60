import { competitivenessMetric, rankUncertainty, type MetricOptions } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricInputArbitrary, metricPeriodArbitrary, metricRegionArbitrary } from './arbitrary.js';
import { useParityHarness } from './engines.testkit.js';

const harness = useParityHarness();

// Weights with zeros, repeats and a sum other than 1; never all zero (refused, tested elsewhere).
const weights = fc
  .tuple(...[0, 1, 2, 3].map(() => fc.constantFrom(0, 0.1, 0.25, 1, 2, 3.7)))
  .filter((w) => w.some((x) => x > 0));

const pciOptions = fc.record(
  {
    by: fc.constantFrom<MetricOptions['by']>('region', 'craft_category'),
    weighting: fc.constantFrom<MetricOptions['weighting']>('arithmetic', 'geometric'),
    weights,
  },
  { requiredKeys: [] },
);

describe('competitiveness: TypeScript and SQL agree', () => {
  it('on random small datasets, every breakdown, weighting and weights', async () => {
    await fc.assert(
      fc.asyncProperty(
        metricInputArbitrary({ maxEnterprises: 8 }),
        metricPeriodArbitrary,
        metricRegionArbitrary,
        pciOptions,
        async (input, period, region, extra) => {
          const options = { region, ...period, ...extra } as MetricOptions;
          expect(await harness().differences(competitivenessMetric, input, options)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives rank uncertainty the rows it needs, ranks within the row count', async () => {
    await fc.assert(
      fc.asyncProperty(
        metricInputArbitrary(),
        fc.integer({ min: 0, max: 1000 }),
        async (input, seed) => {
          const rows = competitivenessMetric.compute(input, {
            region: '36',
            from: '2024-01-01',
            to: '2025-12-31',
            by: 'region',
          });
          const ranked = rows.filter((row) => row.products_assessed !== 0).length;
          for (const spread of rankUncertainty(rows, { seed, n: 50 })) {
            if (spread.median_rank === null) continue;
            expect(spread.rank_p05).toBeGreaterThanOrEqual(1);
            expect(spread.rank_p95).toBeLessThanOrEqual(ranked);
            expect(spread.rank_p05 as number).toBeLessThanOrEqual(spread.median_rank);
            expect(spread.median_rank).toBeLessThanOrEqual(spread.rank_p95 as number);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
