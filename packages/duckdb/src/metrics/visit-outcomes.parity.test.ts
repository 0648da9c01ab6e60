import { visitOutcomesMetric, type MetricInput } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricInputArbitrary } from './arbitrary.js';
import { countAgreements, useParityHarness } from './engines.testkit.js';

// Rows read as JSON: counts must come back as numbers without help.
const harness = useParityHarness('json');

/**
 * The shared generator (visits by councils in and outside 36 and by the unknown C99, visits
 * without practices, repeated practices, adoptions before and after visits in every stage,
 * regions without products) with all dates in 2022–2024, so that the years before and after a
 * 2023 visit hold assessments.
 */
const denseInput: fc.Arbitrary<MetricInput> = metricInputArbitrary({ years: [2022, 2024] });

describe('visit_outcomes: TypeScript and SQL agree', () => {
  it('on random small datasets, regions and periods', async () => {
    await countAgreements(harness(), visitOutcomesMetric, {}, { numRuns: 120 });
  });

  it('on datasets whose visits have assessments on both sides', async () => {
    const compared = await countAgreements(
      harness(),
      visitOutcomesMetric,
      {
        inputs: denseInput,
        regions: fc.constantFrom('36', '36', '36.01', '36.02', 'ID'),
        periods: fc.constantFrom(
          { from: '2023-01-01', to: '2023-12-31' },
          { from: '2022-01-01', to: '2024-12-31' },
        ),
      },
      { numRuns: 150, seed: 20261201 },
      (expected) =>
        expected.some(
          (row) => typeof row.pci_change === 'number' || typeof row.benchmark_change === 'number',
        ),
    );
    // The property must have compared real before/after changes, not only nulls.
    expect(compared).toBeGreaterThan(15);
  });
});
