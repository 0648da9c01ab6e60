import { impactMetric, type MetricInput } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRegions } from './arbitrary.js';
import { countAgreements, emptyInput, useParityHarness } from './engines.testkit.js';

// Rows read as JSON: counts must come back as numbers without help.
const harness = useParityHarness('json');
// The same, with the derived tables created (enterprise_firsts, outcome_facts) and read.
const derivedHarness = useParityHarness('json', { derived: true });

// About a third of the enterprises never participate, so that comparison groups fill up.
const enrolmentsArbitrary: fc.Arbitrary<readonly { year: number; day: string }[]> = fc.oneof(
  fc.constant([]),
  fc.array(
    fc.record({
      year: fc.integer({ min: 2020, max: 2025 }),
      day: fc.constantFrom('01-01', '06-15', '12-31'),
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
);

/**
 * Datasets dense enough for difference in differences: up to 24 enterprises with outcomes in
 * most years 2019–2026 (some zero, some missing), artisans enrolling 2020–2025 (some never),
 * so that cohorts and comparison groups of two or more are common.
 */
const denseImpactInput: fc.Arbitrary<MetricInput> = fc
  .array(
    fc.record({
      code: fc.constantFrom('36', '36.01', '36.01.01', '36.02', '32.01'),
      enrolments: enrolmentsArbitrary,
      revenues: fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 1, max: 3_000_000_000 }) },
          { weight: 1, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
        { minLength: 8, maxLength: 8 },
      ),
    }),
    { minLength: 10, maxLength: 24 },
  )
  .map((firms) =>
    emptyInput({
      regions: arbitraryRegions,
      enterprises: firms.map((firm, i) => ({
        enterprise_id: `E${i + 1}`,
        region_code: firm.code,
        name: `Usaha ${i + 1}`,
        craft_category: 'batik',
        size_class: 'micro',
        owner_gender: 'F',
        founded_year: 2010,
        registered_on: '2030-01-01', // registered_on does not matter for impact
      })),
      artisans: firms.flatMap((firm, i) =>
        firm.enrolments.map((_, j) => ({
          artisan_id: `A${i + 1}-${j}`,
          enterprise_id: `E${i + 1}`,
          gender: 'M' as const,
          birth_year: 1990,
          registered_on: '2030-01-01',
        })),
      ),
      participations: firms.flatMap((firm, i) =>
        firm.enrolments.map((enrolment, j) => ({
          program_id: 'P1',
          artisan_id: `A${i + 1}-${j}`,
          enrolled_on: `${enrolment.year}-${enrolment.day}`,
          completed: true,
        })),
      ),
      outcomes: firms.flatMap((firm, i) =>
        firm.revenues.flatMap((revenue, k) =>
          revenue === null
            ? []
            : [
                {
                  enterprise_id: `E${i + 1}`,
                  year: 2019 + k,
                  revenue_idr: revenue,
                  employees: 1,
                  units_sold: 1,
                },
              ],
        ),
      ),
    }),
  );

const multiYearPeriod = fc
  .tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 0, max: 4 }))
  .map(([first, span]) => ({
    from: `${first}-01-01`,
    to: `${Math.min(first + span, 2026)}-12-31`,
  }));

describe('impact: TypeScript and SQL agree', () => {
  it('on random small datasets, regions and periods', async () => {
    await countAgreements(harness(), impactMetric, {}, { numRuns: 100 });
  });

  // Over the base tables, then over the derived ones (enterprise_firsts, outcome_facts).
  for (const [tables, sql] of [
    ['base', harness],
    ['derived', derivedHarness],
  ] as const) {
    it(`on dense panels where cohorts have estimates, over the ${tables} tables`, async () => {
      const estimated = await countAgreements(
        sql(),
        impactMetric,
        {
          inputs: denseImpactInput,
          regions: fc.constantFrom('36', '36.01', '36.02', 'ID'),
          periods: multiYearPeriod,
        },
        { numRuns: 150, seed: 20261128 },
        (expected) => expected.some((row) => row.cohort === 'all' && row.did !== null),
      );
      // The property must have compared real estimates, not only nulls.
      expect(estimated).toBeGreaterThan(15);
    });
  }
});
