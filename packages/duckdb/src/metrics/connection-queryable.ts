import type { DuckDBConnection } from '@duckdb/node-api';
import { bindParams } from '../bind-params.js';
import { readExact } from '../read-exact.js';
import type { MetricQueryable } from './run-metric.js';

/**
 * A single DuckDB connection as a `MetricQueryable`, for tests over `loadRecords` tables and
 * scripts that hold one connection instead of a dataset.
 *
 *     const db = connectionQueryable(connection);
 *     await runMetric(db, 'reach', { year: 2024 });
 */
export function connectionQueryable(connection: DuckDBConnection): MetricQueryable {
  return {
    query: async (sql, params) =>
      (await connection.runAndReadAll(sql, bindParams(params))).getRowObjectsJson(),
    read: async (sql, params) => readExact(await connection.runAndReadAll(sql, bindParams(params))),
  };
}
