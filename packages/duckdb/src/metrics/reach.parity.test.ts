import { craftCategories, programTypes, reachMetric, type MetricOptions } from '@anyam/core';
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
    by: fc.constantFrom<MetricOptions['by']>('region', 'craft_category', 'program_type'),
    type: fc.constantFrom(...programTypes),
    council: fc.constantFrom('C1', 'C2', 'C99'),
    category: fc.constantFrom(...craftCategories),
  },
  { requiredKeys: [] },
);

describe('reach: TypeScript and SQL agree', () => {
  it('on random small datasets, every breakdown and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        metricInputArbitrary(),
        metricPeriodArbitrary,
        metricRegionArbitrary,
        filters,
        async (input, period, region, extra) => {
          const options: MetricOptions = { region, ...period, ...extra };
          expect(await harness.differences(reachMetric, input, options)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
