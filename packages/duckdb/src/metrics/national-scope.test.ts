import {
  competitivenessMetric,
  diffusionMetric,
  eventStudyMetric,
  exhibitionsMetric,
  impactMetric,
  isInRegion,
  nationalScope,
  networkMetric,
  programsMetric,
  reachMetric,
  retentionMetric,
  visitOutcomesMetric,
  type MetricDefinition,
  type MetricInput,
  type MetricRow,
} from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRegions, metricInputArbitrary, metricPeriodArbitrary } from './arbitrary.js';
import { emptyInput, rowDifferences, useParityHarness } from './engines.testkit.js';

// The metric SQL at the national scope `ID`, checked against the TypeScript function at a
// province scope on a dataset where the whole country has been moved inside that province: what
// lies in `ID` must be exactly what lies in `36` once every code is in `36`. On today's `main`
// before the national scope, `ID` matched no record and every one of these failed.
const harness = useParityHarness();

/** Every code outside province 36 moved under it (`32.01` -> `36.32.01`), reference included. */
function intoBanten(input: MetricInput): MetricInput {
  const move = (code: string) => (isInRegion(code, '36') ? code : `36.${code}`);
  return {
    ...input,
    councils: input.councils.map((c) => ({ ...c, region_code: move(c.region_code) })),
    enterprises: input.enterprises.map((e) => ({ ...e, region_code: move(e.region_code) })),
    regions: input.regions.map((r) => ({
      ...r,
      code: move(r.code),
      parent_code: r.parent_code === null ? (r.code === '36' ? null : '36') : move(r.parent_code),
    })),
  };
}

/**
 * Panels of 10-24 enterprises in both provinces with a revenue in each year 2019-2026, a third
 * never enrolled, the others enrolled once in 2020-2025, so that cohorts and comparisons fill.
 */
const outcomePanelArbitrary: fc.Arbitrary<MetricInput> = fc
  .array(
    fc.record({
      code: fc.constantFrom('36', '36.01', '36.02', '32', '32.01'),
      enrolled: fc.option(fc.integer({ min: 2020, max: 2025 }), { freq: 3 }),
      revenues: fc.array(fc.integer({ min: 1, max: 3_000_000_000 }), {
        minLength: 8,
        maxLength: 8,
      }),
    }),
    { minLength: 10, maxLength: 24 },
  )
  .map((firms) =>
    emptyInput({
      regions: arbitraryRegions,
      programs: [
        {
          program_id: 'P1',
          council_id: 'C1',
          name: 'Pelatihan',
          program_type: 'training',
          craft_category: null,
          start_date: '2020-01-01',
          end_date: '2025-12-31',
          target_region_code: '36',
          target_participants: 10,
          budget_idr: 50_000_000,
        },
      ],
      enterprises: firms.map((firm, i) => ({
        enterprise_id: `E${i}`,
        region_code: firm.code,
        name: `Usaha ${i}`,
        craft_category: 'batik',
        size_class: 'micro',
        owner_gender: 'F',
        founded_year: 2010,
        registered_on: '2015-01-01',
      })),
      artisans: firms.map((_, i) => ({
        artisan_id: `A${i}`,
        enterprise_id: `E${i}`,
        gender: 'F',
        birth_year: 1990,
        registered_on: '2015-01-01',
      })),
      participations: firms.flatMap((firm, i) =>
        firm.enrolled === null
          ? []
          : [
              {
                program_id: 'P1',
                artisan_id: `A${i}`,
                enrolled_on: `${firm.enrolled}-06-15`,
                completed: true,
              },
            ],
      ),
      outcomes: firms.flatMap((firm, i) =>
        firm.revenues.map((revenue_idr, k) => ({
          enterprise_id: `E${i}`,
          year: 2019 + k,
          revenue_idr,
          employees: 1 + k,
          units_sold: 1,
        })),
      ),
    }),
  );

// The scope's own row is keyed by the scope: `ID` on one side, `36` on the other.
const asBanten = (rows: readonly MetricRow[]): MetricRow[] =>
  rows.map((row) => (row.region_code === nationalScope ? { ...row, region_code: '36' } : row));

const membershipMetrics: readonly MetricDefinition[] = [
  reachMetric,
  retentionMetric,
  competitivenessMetric,
  networkMetric,
  diffusionMetric,
  exhibitionsMetric,
  programsMetric,
  impactMetric,
  eventStudyMetric,
] as MetricDefinition[];

describe('metric SQL at the national scope ID', () => {
  for (const definition of membershipMetrics) {
    // Impact and the event study estimate only on panels of outcomes.
    const inputs =
      definition === impactMetric || definition === eventStudyMetric
        ? outcomePanelArbitrary
        : metricInputArbitrary();
    it(`${definition.name}: counts every record of the country`, async () => {
      let nonEmpty = 0;
      await fc.assert(
        fc.asyncProperty(inputs, metricPeriodArbitrary, async (input, period) => {
          const national = { region: nationalScope, ...period };
          const expected = definition.compute(intoBanten(input), { ...national, region: '36' });
          if (/:[1-9]/.test(JSON.stringify(expected))) nonEmpty += 1;
          const sql = await harness().sqlRows(definition, input, national);
          expect(rowDifferences(asBanten(sql), expected, definition.suppression.counts)).toEqual(
            [],
          );
          expect(
            rowDifferences(
              asBanten(definition.compute(input, national)),
              expected,
              definition.suppression.counts,
            ),
          ).toEqual([]);
        }),
        { numRuns: 40, seed: 20261201 },
      );
      // The property must have compared rows that counted something.
      expect(nonEmpty).toBeGreaterThan(10);
    });
  }

  for (const definition of [reachMetric, retentionMetric, competitivenessMetric]) {
    it(`${definition.name} by region: one row per province, each the province's own figures`, async () => {
      await fc.assert(
        fc.asyncProperty(metricInputArbitrary(), metricPeriodArbitrary, async (input, period) => {
          const rows = await harness().sqlRows(definition as MetricDefinition, input, {
            region: nationalScope,
            ...period,
            by: 'region',
          });
          expect(rows.map((row) => row.region_code)).toEqual(['32', '36']);
          for (const row of rows) {
            const province = definition.compute(input, {
              region: row.region_code as string,
              ...period,
            });
            expect(rowDifferences([row], province, definition.suppression.counts)).toEqual([]);
          }
        }),
        { numRuns: 40, seed: 20261202 },
      );
    });
  }

  it("visit_outcomes: the visits of every province's councils", async () => {
    await fc.assert(
      fc.asyncProperty(metricInputArbitrary(), metricPeriodArbitrary, async (input, period) => {
        const byVisit = (rows: readonly MetricRow[]) =>
          [...rows].sort((a, b) => String(a.visit_id).localeCompare(String(b.visit_id)));
        const provinces = ['32', '36'].flatMap((region) =>
          visitOutcomesMetric.compute(input, { region, ...period }),
        );
        const sql = await harness().sqlRows(visitOutcomesMetric as MetricDefinition, input, {
          region: nationalScope,
          ...period,
        });
        expect(rowDifferences(byVisit(sql), byVisit(provinces))).toEqual([]);
      }),
      { numRuns: 40, seed: 20261203 },
    );
  });
});
