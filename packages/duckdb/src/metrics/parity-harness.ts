/**
 * Test support shared by the `<metric>.parity.test.ts` files (not exported by the package): one
 * in-memory DuckDB for a whole property run, and a check that a metric's two engines agree.
 *
 *     const harness = await parityHarness();
 *     const differences = await harness.differences(reachMetric, input, options); // [] when they agree
 */
import type { MetricDefinition, MetricInput, MetricOptions, MetricRow } from '@anyam/core';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { loadRecords } from '../load-records.js';
import { connectionQueryable } from './connection-queryable.js';
import { rowDifferences } from './row-differences.js';

export interface ParityHarness {
  readonly connection: DuckDBConnection;
  /** Loads `input`, runs the definition's SQL (and `finish`), returns the rows. */
  sqlRows(
    definition: MetricDefinition,
    input: MetricInput,
    options: MetricOptions,
  ): Promise<MetricRow[]>;
  /** `rowDifferences(compute(input), sql rows)`: empty when the engines agree. */
  differences(
    definition: MetricDefinition,
    input: MetricInput,
    options: MetricOptions,
  ): Promise<string[]>;
  close(): void;
}

export async function parityHarness(): Promise<ParityHarness> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const db = connectionQueryable(connection);
  let loaded: MetricInput | undefined;
  const sqlRows = async (
    definition: MetricDefinition,
    input: MetricInput,
    options: MetricOptions,
  ) => {
    if (loaded !== input) {
      await loadRecords(connection, input);
      loaded = input;
    }
    const query = definition.sql(options);
    const result = await db.read!(query.sql, query.params as never);
    let rows: MetricRow[] = result.rows.map((values) => {
      const row: Record<string, unknown> = {};
      result.columns.forEach((column, i) => (row[column] = values[i] ?? null));
      return row as MetricRow;
    });
    if (definition.finish) rows = definition.finish(rows, options);
    return rows;
  };
  return {
    connection,
    sqlRows,
    differences: async (definition, input, options) =>
      rowDifferences(definition.compute(input, options), await sqlRows(definition, input, options)),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
