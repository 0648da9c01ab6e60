// Test support for the `<metric>.recovery.test.ts` files: the Banten demo dataset (seed 42)
// generated once per test file into an in-memory DuckDB, the records a metric reads from it, the
// SQL engine's rows, and the comparison of the two engines' rows.
import type { MetricDefinition, MetricInput, MetricOptions, MetricRow } from '@anyam/core';
import { bindParams } from '@anyam/duckdb';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, expect } from 'vitest';
import { emptyInput } from '../../../duckdb/src/metrics/engines.testkit.js';
import { generate } from '../index.js';

export interface Banten {
  readonly connection: DuckDBConnection;
  /** The records the file's metrics read; every other table empty. */
  readonly input: MetricInput;
  /** The rows of `definition.sql(options)` on the generated tables, `finish` applied. */
  sqlRows(definition: MetricDefinition, options: MetricOptions): Promise<MetricRow[]>;
}

/** Rows of a query on the generated tables, as JSON records (BIGINT as strings). */
export type ReadRows = (sql: string) => Promise<MetricRow[]>;

/**
 * Generates the Banten dataset before the file's tests (closed after them) and reads the tables
 * `tables` names into records.
 *
 *     const banten = useBanten(async (rows) => ({ regions: await rows('SELECT * FROM regions') }));
 *     it('...', async () => expectAgree(m.compute(banten().input, o), await banten().sqlRows(m, o)));
 */
export function useBanten(
  tables: (rows: ReadRows) => Promise<Partial<Record<keyof MetricInput, MetricRow[]>>>,
): () => Banten {
  let instance: DuckDBInstance | undefined;
  let banten: Banten | undefined;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await instance.connect();
    await generate(connection, { scale: 'banten', seed: 42 });
    const rows: ReadRows = async (sql) =>
      (await connection.runAndReadAll(sql)).getRowObjectsJson() as MetricRow[];
    const input = emptyInput((await tables(rows)) as Partial<MetricInput>);
    banten = {
      connection,
      input,
      sqlRows: async (definition, options) => {
        const query = definition.sql(options);
        const reader = await connection.runAndReadAll(query.sql, bindParams(query.params as never));
        const result = reader.getRowObjectsJson() as MetricRow[];
        return definition.finish ? definition.finish(result, options) : result;
      },
    };
  });
  afterAll(() => {
    banten?.connection.closeSync();
    instance?.closeSync();
  });
  return () => {
    if (!banten) throw new Error('The Banten dataset is used outside a test (banten.testkit.ts).');
    return banten;
  };
}

/**
 * Same rows, same order, same fields in the same order; integers exactly, other numbers to 1e-9
 * (absolute, or relative above 1 with `relative` for metrics on money), nulls as nulls.
 */
export function expectAgree(
  ts: readonly MetricRow[],
  sql: readonly MetricRow[],
  { relative = false }: { relative?: boolean } = {},
): void {
  expect(sql.length).toBe(ts.length);
  ts.forEach((row, i) => {
    const other = sql[i] as MetricRow;
    expect(Object.keys(other)).toEqual(Object.keys(row));
    for (const [field, value] of Object.entries(row)) {
      const got = other[field];
      if (typeof value === 'number' && typeof got === 'number' && !Number.isInteger(value)) {
        expect(Math.abs(value - got), `row ${i} ${field}`).toBeLessThanOrEqual(
          1e-9 * (relative ? Math.max(1, Math.abs(value)) : 1),
        );
      } else {
        expect(got, `row ${i} ${field}`).toEqual(value);
      }
    }
  });
}
