import type { DuckDBConnection } from '@duckdb/node-api';
import type { DerivedSpan } from '@anyam/core';
import {
  derivedColumns,
  derivedSelect,
  derivedTableNames,
  laterTableNames,
} from './derived-tables.js';

/**
 * Creates the derived tables in `connection` from the dataset tables already there (as
 * `loadRecords` makes them), for the years of its fact tables, and returns that span for
 * `MetricOptions.derived`; null (and nothing created) when the fact tables have no year.
 * For tests and scripts that hold records in memory; `writeDataset` writes the same to disk.
 *
 *     await loadRecords(connection, records);
 *     await createDerivedTables(connection); // { firstYear: 2021, lastYear: 2025, laterTables: [...] }
 */
export async function createDerivedTables(
  connection: DuckDBConnection,
): Promise<DerivedSpan | null> {
  const reader =
    await connection.runAndReadAll(`SELECT CAST(min(y) AS INTEGER) AS first, CAST(max(y) AS INTEGER) AS last FROM (
    SELECT year AS y FROM participations UNION ALL SELECT year FROM assessments UNION ALL SELECT year FROM outcomes)`);
  const [row] = reader.getRowObjectsJson();
  if (typeof row?.first !== 'number' || typeof row.last !== 'number') return null;
  for (const table of derivedTableNames) {
    const columns = derivedColumns[table].map((column) => `"${column.name}"`).join(', ');
    const select = derivedSelect(table, (base) => `"${base}"`, row.first, row.last);
    await connection.run(
      `CREATE OR REPLACE TABLE "${table}" AS SELECT ${columns} FROM (${select})`,
    );
  }
  return {
    firstYear: row.first,
    lastYear: row.last,
    laterTables: laterTableNames,
  };
}
