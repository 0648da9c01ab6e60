// Shared by the tests only (the build's entry never imports it).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generate } from './generate.js';
import type { Scale } from './scales.js';

/**
 * A fresh in-memory DuckDB with a generated dataset.
 *
 *     const connection = await generated('banten', 42);
 */
export async function generated(scale: Scale, seed: number): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await generate(connection, { scale, seed });
  return connection;
}

/**
 * The rows of a query as JSON-ready objects (BIGINT as strings).
 *
 *     await rows(connection, 'SELECT 1 AS one') // [{ one: 1 }]
 */
export async function rows(
  connection: DuckDBConnection,
  sql: string,
  params: Record<string, string | number> = {},
): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

/**
 * The first row of a query.
 *
 *     await one(connection, 'SELECT 1 AS one') // { one: 1 }
 */
export async function one(
  connection: DuckDBConnection,
  sql: string,
): Promise<Record<string, unknown>> {
  const [row] = await rows(connection, sql);
  if (!row) throw new Error(`The query returned no row: ${sql}`);
  return row;
}
