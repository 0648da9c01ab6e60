import {
  adviceMetric,
  competitivenessMetric,
  craftCategories,
  programTypes,
  rcaMetric,
  reachMetric,
  retentionMetric,
  type MetricDefinition,
  type MetricInput,
  type MetricOptions,
  visitOutcomesMetric,
} from '@anyam/core';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecords } from '../load-records.js';
import { connectionQueryable } from '../metrics/connection-queryable.js';
import {
  adviceInputArbitrary,
  metricInputArbitrary,
  metricPeriodArbitrary,
  metricRegionArbitrary,
} from '../metrics/arbitrary.js';
import { rowDifferences } from '../metrics/engines.testkit.js';
import { createDerivedTables } from './create-derived-tables.js';

let connection: DuckDBConnection;
let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

// Whole calendar years (where the derived tables are read) twice as often as any other period.
const periods = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 2022, max: 2025 }), fc.integer({ min: 0, max: 1 }))
      .map(([year, more]) => ({
        from: `${year}-01-01`,
        to: `${Math.min(year + more, 2026)}-12-31`,
      })),
  },
  { weight: 1, arbitrary: metricPeriodArbitrary },
);

const breakdown = fc.constantFrom<MetricOptions['by']>('region', 'craft_category', 'program_type');
// A breakdown alone twice as often as with filters, which mostly leave nobody reached.
const filters = fc.oneof(
  { weight: 2, arbitrary: fc.record({ by: breakdown }, { requiredKeys: [] }) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        by: breakdown,
        type: fc.constantFrom(...programTypes),
        council: fc.constantFrom('C1', 'C2', 'C99'),
        category: fc.constantFrom(...craftCategories),
      },
      { requiredKeys: [] },
    ),
  },
);

// Dates in 2023–2024 only, so that most draws reach someone in a whole-year period.
const dense = metricInputArbitrary({ years: [2023, 2024], maxParticipations: 120 });

let loaded: MetricInput | undefined;
let span: MetricOptions['derived'] | null = null;

/** The SQL rows of `definition` with the derived tables of `input`, and how they differ from TS. */
async function derivedDifferences(
  definition: MetricDefinition,
  input: MetricInput,
  options: MetricOptions,
): Promise<string[]> {
  if (loaded !== input) {
    await loadRecords(connection, input);
    span = await createDerivedTables(connection);
    loaded = input;
  }
  const sqlRows = async () => {
    const query = definition.sql(span ? { ...options, derived: span } : options);
    const result = await connectionQueryable(connection).read!(query.sql, query.params as never);
    const rows = result.rows.map((values) =>
      Object.fromEntries(result.columns.map((column, i) => [column, values[i] ?? null])),
    ) as ReturnType<MetricDefinition['compute']>;
    return definition.finish ? definition.finish(rows, options) : rows;
  };
  let expected: ReturnType<MetricDefinition['compute']>;
  try {
    expected = definition.compute(input, options);
  } catch (error) {
    // An option the data refuses (advice for an unknown council): the SQL path says the same.
    await expect(sqlRows()).rejects.toThrow((error as Error).message);
    return [];
  }
  return rowDifferences(await sqlRows(), expected, definition.suppression.counts);
}

const agrees = (
  definition: MetricDefinition,
  extra: fc.Arbitrary<Partial<MetricOptions>>,
  input: fc.Arbitrary<MetricInput> = metricInputArbitrary(),
  numRuns = 120,
) =>
  fc.assert(
    fc.asyncProperty(
      input,
      periods,
      metricRegionArbitrary,
      extra,
      async (data, period, region, more) => {
        const options: MetricOptions = { region, ...period, ...more };
        expect(await derivedDifferences(definition, data, options)).toEqual([]);
      },
    ),
    // Unbiased: fast-check's small early draws rarely reach anyone in a whole-year period.
    { numRuns, unbiased: true },
  );

describe('the metric SQL over derived tables agrees with the TypeScript', () => {
  it('reach, every breakdown and filter', async () => {
    await agrees(reachMetric, filters, dense);
  });

  it('retention, by region and craft category, with filters', async () => {
    await agrees(
      retentionMetric,
      filters.map(({ by, ...rest }) => (by === 'program_type' ? rest : { by, ...rest })),
      dense,
    );
  });

  it('competitiveness, overall, by region and by craft category, both weightings', async () => {
    await agrees(
      competitivenessMetric,
      fc.record(
        {
          by: fc.constantFrom<MetricOptions['by']>('region', 'craft_category'),
          weighting: fc.constantFrom<MetricOptions['weighting']>('arithmetic', 'geometric'),
        },
        { requiredKeys: [] },
      ),
      metricInputArbitrary({ years: [2021, 2025] }),
    );
  });

  it('rca', async () => {
    await agrees(rcaMetric, fc.constant({}), metricInputArbitrary({ years: [2021, 2025] }));
  });

  it('visit_outcomes, with real before/after changes compared', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        // Dates in 2022–2024, so that a 2023 visit has assessments on both sides.
        metricInputArbitrary({ years: [2022, 2024] }),
        fc.constantFrom(
          { from: '2023-01-01', to: '2023-12-31' },
          { from: '2022-01-01', to: '2024-12-31' },
          { from: '2023-02-10', to: '2023-11-30' },
        ),
        fc.constantFrom('36', '36', '36.01', '36.02'),
        async (data, period, region) => {
          const options: MetricOptions = { region, ...period };
          expect(await derivedDifferences(visitOutcomesMetric, data, options)).toEqual([]);
          const rows = visitOutcomesMetric.compute(data, options);
          const changes = (row: (typeof rows)[number]) =>
            typeof row.pci_change === 'number' || typeof row.benchmark_change === 'number';
          if (rows.some(changes)) compared += 1;
        },
      ),
      { numRuns: 150, seed: 20261201 },
    );
    // The property must have compared real PCI changes (own or benchmark), not only nulls.
    expect(compared).toBeGreaterThan(15);
  });

  it('advice, for each council and dimension', async () => {
    await agrees(
      adviceMetric,
      fc.record(
        {
          council: fc.constantFrom('C0', 'C1', 'C2', 'C3'),
          dimension: fc.constantFrom<MetricOptions['dimension']>(
            'quality',
            'materials',
            'market',
            'compliance',
          ),
        },
        { requiredKeys: ['council'] },
      ),
      adviceInputArbitrary,
      80,
    );
  });
});
