import { craftCategories, programTypes, retentionMetric, type MetricOptions } from '@anyam/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricInputArbitrary, metricPeriodArbitrary, metricRegionArbitrary } from './arbitrary.js';
import { parityHarness, type ParityHarness } from './parity-harness.js';

let harness: ParityHarness;
beforeAll(async () => {
  harness = await parityHarness();
});
afterAll(() => harness.close());

const filters = fc.record(
  {
    by: fc.constantFrom<MetricOptions['by']>('region', 'craft_category'),
    type: fc.constantFrom(...programTypes),
    council: fc.constantFrom('C1', 'C2', 'C99'),
    category: fc.constantFrom(...craftCategories),
  },
  { requiredKeys: [] },
);

describe('retention: TypeScript and SQL agree', () => {
  it('on random small datasets, every breakdown and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        metricInputArbitrary(),
        metricPeriodArbitrary,
        metricRegionArbitrary,
        filters,
        async (input, period, region, extra) => {
          const options: MetricOptions = { region, ...period, ...extra };
          expect(await harness.differences(retentionMetric, input, options)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('on dense two-year datasets where many artisans come back in Y + 1', async () => {
    // Every date in 2023–2024 and Y = 2023, so that most reached artisans have a Y + 1 to return in.
    const periods = fc.constantFrom(
      { from: '2023-01-01', to: '2023-12-31' },
      { from: '2023-07-01', to: '2023-09-30' },
    );
    await fc.assert(
      fc.asyncProperty(
        metricInputArbitrary({ maxArtisans: 12, maxParticipations: 60, years: [2023, 2024] }),
        periods,
        metricRegionArbitrary,
        filters,
        async (input, period, region, extra) => {
          const options: MetricOptions = { region, ...period, ...extra };
          expect(await harness.differences(retentionMetric, input, options)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
