import { exhibitionsMetric } from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { metricInputArbitrary, metricPeriodArbitrary, metricRegionArbitrary } from './arbitrary.js';
import { countAgreements, useParityHarness } from './engines.testkit.js';

// Rows read as JSON: counts must come back as numbers without help.
const harness = useParityHarness('json');

describe('exhibitions: TypeScript and SQL agree', () => {
  it('on random small datasets, regions and periods', async () => {
    const counted = await countAgreements(
      harness(),
      exhibitionsMetric,
      {
        inputs: metricInputArbitrary(),
        regions: metricRegionArbitrary,
        periods: metricPeriodArbitrary,
      },
      { numRuns: 150, seed: 20261128 },
      (expected) => expected.some((row) => row.exhibitors !== 0),
    );
    // The property must have compared rows with exhibitors, not only empty ones.
    expect(counted).toBeGreaterThan(15);
  });
});
