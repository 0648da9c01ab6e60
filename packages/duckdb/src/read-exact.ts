import type { DuckDBResultReader } from '@duckdb/node-api';
import { exactNumber, isWideNumeric } from './exact-json.js';
import type { ReadResult } from './pool.js';

/**
 * A result's column names, DuckDB type names and rows as arrays, with wide integers and decimals
 * as JSON numbers where they are exact (see `exactNumber`). One place for what `pool.read`, a
 * single connection's `read` and the SQL sandbox all return.
 *
 *     readExact(await connection.runAndReadAll('SELECT 1::BIGINT AS n'))
 *     // { columns: ['n'], types: ['BIGINT'], rows: [[1]] }
 */
export function readExact(reader: DuckDBResultReader): ReadResult {
  const types = reader.columnTypes().map((type) => type.toString());
  const wide = types.map(isWideNumeric);
  const rows = reader
    .getRowsJson()
    .map((row) => row.map((value, i) => (wide[i] ? exactNumber(value) : value)));
  return { columns: reader.columnNames(), types, rows };
}
