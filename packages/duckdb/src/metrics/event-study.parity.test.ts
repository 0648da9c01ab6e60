import { eventStudyMetric, outcomeFields, type MetricInput } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRegions } from './arbitrary.js';
import {
  agreesUnderFilters,
  countAgreements,
  emptyInput,
  useParityHarness,
} from './engines.testkit.js';

// Rows read as JSON: counts must come back as numbers without help.
const harness = useParityHarness('json');
// The same, with the derived tables created (enterprise_firsts, outcome_facts) and read.
const derivedHarness = useParityHarness('json', { derived: true });

/** An outcome value: mostly positive, sometimes 0 (left out of d) or missing. */
const value = (max: number) =>
  fc.oneof(
    { weight: 18, arbitrary: fc.integer({ min: 1, max }) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.constant(null) },
  );

/**
 * Panels dense enough for group-time effects: 20 to 40 enterprises with outcomes in most years
 * 2016–2027 (some zero, some missing), artisans first enrolling 2018–2025, mostly 2020–2023 (a
 * third never), small
 * employee counts (so that ties, and standard errors of 0, occur) and revenues up to 3e9.
 */
const densePanel: fc.Arbitrary<MetricInput> = fc
  .array(
    fc.record({
      code: fc.constantFrom('36', '36.01', '36.01.01', '36.02', '32.01'),
      first: fc.oneof(
        fc.constant(null),
        fc.integer({ min: 2020, max: 2023 }),
        fc.integer({ min: 2018, max: 2025 }),
      ),
      later: fc.option(fc.integer({ min: 0, max: 3 })),
      years: fc.array(fc.tuple(value(3_000_000_000), value(4), value(5000)), {
        minLength: 12,
        maxLength: 12,
      }),
    }),
    { minLength: 20, maxLength: 40, size: 'max' },
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
        registered_on: '2030-01-01',
      })),
      artisans: firms.flatMap((firm, i) =>
        firm.first === null
          ? []
          : [0, 1].map((j) => ({
              artisan_id: `A${i + 1}-${j}`,
              enterprise_id: `E${i + 1}`,
              gender: 'F' as const,
              birth_year: 1990,
              registered_on: '2030-01-01',
            })),
      ),
      participations: firms.flatMap((firm, i) =>
        firm.first === null
          ? []
          : [
              {
                program_id: 'P1',
                artisan_id: `A${i + 1}-0`,
                enrolled_on: `${firm.first}-12-31`,
                completed: true,
              },
              ...(firm.later === null
                ? []
                : [
                    {
                      program_id: 'P2',
                      artisan_id: `A${i + 1}-1`,
                      enrolled_on: `${firm.first + firm.later}-01-01`,
                      completed: false,
                    },
                  ]),
            ],
      ),
      outcomes: firms.flatMap((firm, i) =>
        firm.years.flatMap(([revenue_idr, employees, units_sold], k) =>
          revenue_idr === null || employees === null || units_sold === null
            ? []
            : [{ enterprise_id: `E${i + 1}`, year: 2016 + k, revenue_idr, employees, units_sold }],
        ),
      ),
    }),
  );

const periods = fc
  .tuple(fc.integer({ min: 2017, max: 2026 }), fc.integer({ min: 0, max: 6 }))
  .map(([first, span]) => ({
    from: `${first}-01-01`,
    to: `${Math.min(first + span, 2027)}-12-31`,
  }));

const filters = fc.record(
  {
    outcome: fc.constantFrom(...outcomeFields),
    horizon: fc.integer({ min: 1, max: 10 }),
    by: fc.constant('cohort' as const),
  },
  { requiredKeys: [] },
);

// Horizons of 2 or more have pre-periods to test (by cohort, tested above, has no test row).
const denseFilters = fc.record(
  {
    outcome: fc.constantFrom(...outcomeFields),
    horizon: fc.integer({ min: 2, max: 4 }),
  },
  { requiredKeys: ['horizon'] },
);

describe('event_study: TypeScript and SQL (with finish) agree', () => {
  it('on random small datasets, regions, periods, outcomes, horizons and by cohort', async () => {
    await agreesUnderFilters(harness(), eventStudyMetric, { filters }, { numRuns: 100 });
  });

  // Over the base tables, then over the derived ones (enterprise_firsts; revenue from outcome_facts).
  for (const [tables, sql] of [
    ['base', harness],
    ['derived', derivedHarness],
  ] as const) {
    it(`on dense panels where cohorts have estimates and the pre-trend has a p-value, over the ${tables} tables`, async () => {
      let tested = 0;
      await fc.assert(
        fc.asyncProperty(
          densePanel,
          periods,
          fc.constantFrom('36', '36', '36.01', '36.02', 'ID'),
          denseFilters,
          async (input, period, region, extra) => {
            const options = { region, ...period, ...extra };
            const expected = eventStudyMetric.compute(input, options);
            if (expected.some((row) => row.event_time === 'pre' && typeof row.p_value === 'number'))
              tested++;
            expect(await sql().differences(eventStudyMetric, input, options, expected)).toEqual([]);
          },
        ),
        { numRuns: 150, seed: 20261201 },
      );
      // The property must have compared real pre-trend tests, not only nulls.
      expect(tested).toBeGreaterThan(15);
    });
  }

  it('on dense panels over every year, the default period', async () => {
    const estimated = await countAgreements(
      harness(),
      eventStudyMetric,
      {
        inputs: densePanel,
        regions: fc.constantFrom('36', '36.01', 'ID'),
        periods: fc.constant({ from: '2016-01-01', to: '2027-12-31' }),
      },
      { numRuns: 60, seed: 7 },
      (expected) => expected.some((row) => row.event_time === 'post' && row.att !== null),
    );
    expect(estimated).toBeGreaterThan(30);
  });
});
