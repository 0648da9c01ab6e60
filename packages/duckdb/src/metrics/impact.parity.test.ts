import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { impact, impactMetric, type MetricInput } from '@anyam/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arbitraryRegions,
  metricInputArbitrary,
  metricPeriodArbitrary,
  metricRegionArbitrary,
} from './arbitrary.js';
import { emptyInput, expectSameRows, runSql } from './engines.testkit.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
});
afterAll(() => connection.closeSync());

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
    await fc.assert(
      fc.asyncProperty(
        metricInputArbitrary(),
        metricRegionArbitrary,
        metricPeriodArbitrary,
        async (input, region, period) => {
          const options = { region, ...period };
          const sqlRows = await runSql(connection, impactMetric, input, options);
          expectSameRows(sqlRows, impact(input, options), impactMetric.suppression.counts);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('on dense panels where cohorts have estimates', async () => {
    let estimated = 0;
    await fc.assert(
      fc.asyncProperty(
        denseImpactInput,
        fc.constantFrom('36', '36.01', '36.02'),
        multiYearPeriod,
        async (input, region, period) => {
          const options = { region, ...period };
          const expected = impact(input, options);
          if (expected.some((row) => row.cohort === 'all' && row.did !== null)) estimated++;
          expectSameRows(
            await runSql(connection, impactMetric, input, options),
            expected,
            impactMetric.suppression.counts,
          );
        },
      ),
      { numRuns: 150, seed: 20261128 },
    );
    // The property must have compared real estimates, not only nulls.
    expect(estimated).toBeGreaterThan(15);
  });
});
