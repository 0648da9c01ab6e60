import { craftCategories, programTypes, retentionMetric, type MetricOptions } from '@anyam/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { metricInputArbitrary } from './arbitrary.js';
import { agreesUnderFilters, useParityHarness } from './engines.testkit.js';

const harness = useParityHarness();

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
    await agreesUnderFilters(harness(), retentionMetric, { filters }, { numRuns: 100 });
  });

  it('on dense two-year datasets where many artisans come back in Y + 1', async () => {
    // Every date in 2023–2024 and Y = 2023, so that most reached artisans have a Y + 1 to return in.
    const periods = fc.constantFrom(
      { from: '2023-01-01', to: '2023-12-31' },
      { from: '2023-07-01', to: '2023-09-30' },
    );
    await agreesUnderFilters(
      harness(),
      retentionMetric,
      {
        inputs: metricInputArbitrary({
          maxArtisans: 12,
          maxParticipations: 60,
          years: [2023, 2024],
        }),
        periods,
        filters,
      },
      { numRuns: 150 },
    );
  });
});
