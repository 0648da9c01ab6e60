import {
  craftCategories,
  programTypes,
  reachMetric,
  retentionMetric,
  type MetricOptions,
} from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricInputArbitrary, metricPeriodArbitrary, metricRegionArbitrary } from './arbitrary.js';
import { agreesUnderFilters, useParityHarness } from './engines.testkit.js';

const harness = useParityHarness();

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
    await agreesUnderFilters(harness(), reachMetric, { filters }, { numRuns: 150 });
  });

  it('skips missing values (nulls from a loose source) alike', async () => {
    // Outside the schema, but `loadRecords` accepts them: one field in four is nulled.
    const withNulls = fc
      .tuple(metricInputArbitrary(), fc.infiniteStream(fc.nat(3)))
      .map(([input, stream]) => {
        const draw = stream[Symbol.iterator]();
        const hole = <T>(value: T): T =>
          (draw.next().value as number) === 0 ? (null as T) : value;
        return {
          ...input,
          artisans: input.artisans.map((a) => ({
            ...a,
            gender: hole(a.gender),
            birth_year: hole(a.birth_year),
            registered_on: hole(a.registered_on),
          })),
          enterprises: input.enterprises.map((e) => ({
            ...e,
            size_class: hole(e.size_class),
            registered_on: hole(e.registered_on),
          })),
          participations: input.participations.map((p) => ({
            ...p,
            completed: hole(p.completed),
            enrolled_on: hole(p.enrolled_on),
          })),
        };
      });
    await fc.assert(
      fc.asyncProperty(
        withNulls,
        metricPeriodArbitrary,
        metricRegionArbitrary,
        filters,
        async (input, period, region, extra) => {
          const options: MetricOptions = { region, ...period, ...extra };
          expect(await harness().differences(reachMetric, input, options)).toEqual([]);
          expect(
            await harness().differences(
              retentionMetric,
              input,
              options.by === 'program_type' ? { ...options, by: undefined } : options,
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
