// Test support for the parity and worked-example tests (not exported by the package): both
// engines on the same in-memory records, one DuckDB per test file, and the one row comparison
// every such test uses: counts exactly, other numbers to 1e-9 (relative above magnitude 1),
// nulls as nulls, `finish` applied to the SQL rows.
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import type { MetricDefinition, MetricInput, MetricOptions, MetricRow } from '@anyam/core';
import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import { bindParams } from '../bind-params.js';
import { createDerivedTables } from '../derived/create-derived-tables.js';
import { loadRecords } from '../load-records.js';
import { connectionQueryable } from './connection-queryable.js';
import { metricInputArbitrary, metricPeriodArbitrary, metricRegionArbitrary } from './arbitrary.js';

/** Every table empty, so that a test names only the tables it fills. */
export function emptyInput(partial: Partial<MetricInput> = {}): MetricInput {
  return {
    councils: [],
    enterprises: [],
    artisans: [],
    programs: [],
    participations: [],
    products: [],
    assessments: [],
    practices: [],
    study_visits: [],
    adoptions: [],
    exhibitions: [],
    exhibitors: [],
    outcomes: [],
    regions: [],
    ...partial,
  };
}

/**
 * The SQL path of a metric: loads the records, runs `sql(options)` with its bound parameters and
 * applies `finish` when the metric has one.
 */
export async function runSql(
  connection: DuckDBConnection,
  definition: MetricDefinition,
  input: MetricInput,
  options: MetricOptions,
): Promise<MetricRow[]> {
  await loadRecords(connection, input);
  const query = definition.sql(options);
  const reader = await connection.runAndReadAll(query.sql, bindParams(query.params as never));
  const rows = reader.getRowObjectsJson() as MetricRow[];
  return definition.finish ? definition.finish(rows, options) : rows;
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

// Exact when the field is a count or both values are safe integers; other numbers to `tolerance`,
// relative above magnitude 1: doubles hold ~16 digits, and a 20-digit percentage (an interval on
// revenues from 1 to 3e9 rupiah) cannot agree to 1e-9 absolutely.
const same = (got: unknown, want: unknown, exact: boolean, tolerance: number): boolean => {
  if (Array.isArray(want))
    return (
      Array.isArray(got) &&
      got.length === want.length &&
      want.every((x, i) => same(got[i], x, exact, tolerance))
    );
  if (
    typeof want === 'number' &&
    !exact &&
    !(Number.isSafeInteger(want) && Number.isSafeInteger(got))
  )
    return (
      typeof got === 'number' && Math.abs(got - want) <= tolerance * Math.max(1, Math.abs(want))
    );
  if (want !== null && typeof want === 'object')
    return got !== null && typeof got === 'object' && show(got) === show(want);
  return got === want;
};

/**
 * How `actual` rows differ from `expected` ones: the same number of rows in the same order, the
 * same field names in the same order, `counts` (and integers) exactly, other numbers to
 * `tolerance` (relative above 1), nulls as nulls. An empty list means they agree.
 *
 *     rowDifferences([{ n: 1, rate: 0.5 + 1e-12 }], [{ n: 1, rate: 0.5 }], ['n']) // []
 *     rowDifferences([{ n: 2 }], [{ n: 1 }], ['n']) // ['row 0 n: 2 vs 1']
 */
export function rowDifferences(
  actual: readonly MetricRow[],
  expected: readonly MetricRow[],
  counts: readonly string[] = [],
  tolerance = 1e-9,
): string[] {
  const out: string[] = [];
  if (actual.length !== expected.length)
    out.push(`row count: ${actual.length} vs ${expected.length}`);
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i += 1) {
    const row = actual[i] as MetricRow;
    const want = expected[i] as MetricRow;
    const fields = Object.keys(row).join(',');
    const wanted = Object.keys(want).join(',');
    if (fields !== wanted) out.push(`row ${i} fields: ${fields} vs ${wanted}`);
    for (const [field, value] of Object.entries(want)) {
      const got = row[field];
      if (!same(got, value, counts.includes(field), tolerance))
        out.push(`row ${i} ${field}: ${show(got)} vs ${show(value)}`);
    }
  }
  return out;
}

/** `rowDifferences(actual, expected, counts)` is empty. */
export function expectSameRows(
  actual: readonly MetricRow[],
  expected: readonly MetricRow[],
  counts: readonly string[] = [],
): void {
  expect(rowDifferences(actual, expected, counts)).toEqual([]);
}

/**
 * One in-memory DuckDB for a whole property run, and a check that a metric's two engines agree.
 *
 *     const harness = await parityHarness();
 *     const differences = await harness.differences(reachMetric, input, options); // [] when they agree
 */
export interface ParityHarness {
  readonly connection: DuckDBConnection;
  /** Loads `input` (once per input object), runs the definition's SQL (and `finish`). */
  sqlRows(
    definition: MetricDefinition,
    input: MetricInput,
    options: MetricOptions,
  ): Promise<MetricRow[]>;
  /**
   * `rowDifferences(sql rows, expected, definition.suppression.counts)`, `expected` being
   * `compute(input, options)` unless given: empty when the engines agree.
   */
  differences(
    definition: MetricDefinition,
    input: MetricInput,
    options: MetricOptions,
    expected?: readonly MetricRow[],
  ): Promise<string[]>;
  close(): void;
}

/**
 * How the harness reads SQL rows: `queryable` as `runMetric` does (`connectionQueryable(...).read`,
 * wide numbers made exact), `json` as `runSql` does (`getRowObjectsJson`, so that a BIGINT the
 * metric SQL forgot to cast comes back as a string and fails the comparison).
 */
export type ParityRead = 'queryable' | 'json';

/**
 * What else the harness does: with `derived`, it creates the derived tables after loading each
 * input (`createDerivedTables`) and runs the SQL told of them, so that the SQL's derived-table
 * path is compared with the TypeScript.
 */
export interface ParityHarnessOptions {
  readonly derived?: boolean;
}

export async function parityHarness(
  read: ParityRead = 'queryable',
  { derived = false }: ParityHarnessOptions = {},
): Promise<ParityHarness> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const db = connectionQueryable(connection);
  let loaded: MetricInput | undefined;
  let span: MetricOptions['derived'] | null = null;
  const sqlRows = async (
    definition: MetricDefinition,
    input: MetricInput,
    options: MetricOptions,
  ) => {
    if (loaded !== input) {
      await loadRecords(connection, input);
      span = derived ? await createDerivedTables(connection) : null;
      loaded = input;
    }
    const query = definition.sql(span ? { ...options, derived: span } : options);
    if (read === 'json') {
      const reader = await connection.runAndReadAll(query.sql, bindParams(query.params as never));
      const rows = reader.getRowObjectsJson() as MetricRow[];
      return definition.finish ? definition.finish(rows, options) : rows;
    }
    const result = await db.read!(query.sql, query.params as never);
    const rows: MetricRow[] = result.rows.map((values) => {
      const row: Record<string, unknown> = {};
      result.columns.forEach((column, i) => (row[column] = values[i] ?? null));
      return row as MetricRow;
    });
    return definition.finish ? definition.finish(rows, options) : rows;
  };
  return {
    connection,
    sqlRows,
    differences: async (definition, input, options, expected) =>
      rowDifferences(
        await sqlRows(definition, input, options),
        expected ?? definition.compute(input, options),
        definition.suppression.counts,
      ),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * A parity harness opened before the file's tests and closed after them.
 *
 *     const harness = useParityHarness();
 *     it('agrees', async () => expect(await harness().differences(m, input, options)).toEqual([]));
 */
export function useParityHarness(
  read: ParityRead = 'queryable',
  options: ParityHarnessOptions = {},
): () => ParityHarness {
  let harness: ParityHarness | undefined;
  beforeAll(async () => {
    harness = await parityHarness(read, options);
  });
  afterAll(() => harness?.close());
  return () => {
    if (!harness)
      throw new Error('The parity harness is used outside a test (engines.testkit.ts).');
    return harness;
  };
}

/**
 * Runs a property over `inputs` × `regions` × `periods`: the engines agree on every draw, and
 * `counted(expected)` says whether a draw showed what the test is about. Returns how many did.
 */
export async function countAgreements(
  harness: ParityHarness,
  definition: MetricDefinition,
  arbitraries: {
    inputs?: fc.Arbitrary<MetricInput>;
    regions?: fc.Arbitrary<string>;
    periods?: fc.Arbitrary<{ from: string; to: string }>;
  },
  parameters: fc.Parameters<[MetricInput, string, { from: string; to: string }]>,
  counted: (expected: readonly MetricRow[]) => boolean = () => false,
): Promise<number> {
  let hits = 0;
  await fc.assert(
    fc.asyncProperty(
      arbitraries.inputs ?? metricInputArbitrary(),
      arbitraries.regions ?? metricRegionArbitrary,
      arbitraries.periods ?? metricPeriodArbitrary,
      async (input, region, period) => {
        const options = { region, ...period };
        const expected = definition.compute(input, options);
        if (counted(expected)) hits++;
        expect(await harness.differences(definition, input, options, expected)).toEqual([]);
      },
    ),
    parameters,
  );
  return hits;
}

/**
 * Runs a property over `inputs` × `periods` × regions × `filters` (the options beyond region and
 * period, e.g. `by`, `type`, `council`): the engines agree on every draw.
 */
export async function agreesUnderFilters(
  harness: ParityHarness,
  definition: MetricDefinition,
  arbitraries: {
    inputs?: fc.Arbitrary<MetricInput>;
    periods?: fc.Arbitrary<{ from: string; to: string }>;
    filters: fc.Arbitrary<Partial<MetricOptions>>;
  },
  parameters: fc.Parameters<
    [MetricInput, { from: string; to: string }, string, Partial<MetricOptions>]
  >,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      arbitraries.inputs ?? metricInputArbitrary(),
      arbitraries.periods ?? metricPeriodArbitrary,
      metricRegionArbitrary,
      arbitraries.filters,
      async (input, period, region, extra) => {
        const options: MetricOptions = { region, ...period, ...extra };
        expect(await harness.differences(definition, input, options)).toEqual([]);
      },
    ),
    parameters,
  );
}

/**
 * For a worked example: a check that both engines (TypeScript, then SQL read as JSON with
 * `finish`) give the hand-computed `expected` rows of `input` under `options`.
 *
 *     const expectBoth = useWorkedExample(diffusionMetric, input);
 *     it('...', () => expectBoth({ region: '36', from, to }, [{ council_id: 'all', exposed: 3 }]));
 */
export function useWorkedExample(
  definition: MetricDefinition,
  input: MetricInput,
): (options: MetricOptions, expected: readonly Record<string, unknown>[]) => Promise<void> {
  const harness = useParityHarness('json');
  const counts = definition.suppression.counts;
  return async (options, expected) => {
    expectSameRows(definition.compute(input, options), expected as MetricRow[], counts);
    expectSameRows(
      await harness().sqlRows(definition, input, options),
      expected as MetricRow[],
      counts,
    );
  };
}
