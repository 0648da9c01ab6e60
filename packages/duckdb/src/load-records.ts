import type { DuckDBConnection } from '@duckdb/node-api';
import { datasetColumns, tableNames, tables, type MetricInput, type TableName } from '@anyam/core';

/** The DuckDB DDL of a dataset table, with the `year` partition column where the table has one. */
export function tableDefinition(table: TableName): string {
  const spec = tables[table];
  const columns = datasetColumns(table).map((column) => `"${column.name}" ${column.type}`);
  if (spec.partitionYearFrom && spec.partitionYearFrom !== 'year') columns.push('"year" INTEGER');
  return `CREATE OR REPLACE TABLE "${table}" (${columns.join(', ')})`;
}

function jsonStructure(table: TableName): string {
  const structure: Record<string, unknown> = {};
  for (const column of datasetColumns(table)) {
    structure[column.name] = column.type === 'VARCHAR[]' ? ['VARCHAR'] : column.type;
  }
  return JSON.stringify([structure]);
}

/**
 * Creates every dataset table (and `regions`) in a DuckDB connection from in-memory records, so
 * that the SQL of a metric can be checked against its TypeScript function on the same data.
 * Tables absent from `input` are created empty. Existing tables of those names are replaced.
 *
 *     await loadRecords(connection, { councils: [...], regions: [...] });
 *     // SELECT count(*) FROM councils
 */
export async function loadRecords(
  connection: DuckDBConnection,
  input: Partial<MetricInput>,
): Promise<void> {
  for (const table of tableNames) {
    await connection.run(tableDefinition(table));
    const rows = input[table] ?? [];
    if (rows.length === 0) continue;
    const names = datasetColumns(table).map((column) => `"${column.name}"`);
    const spec = tables[table];
    const select =
      spec.partitionYearFrom && spec.partitionYearFrom !== 'year'
        ? `${names.join(', ')}, CAST(year("${spec.partitionYearFrom}") AS INTEGER)`
        : names.join(', ');
    await connection.run(
      `INSERT INTO "${table}" SELECT ${select} FROM (SELECT unnest(from_json($rows::JSON, $structure), recursive := true))`,
      { rows: JSON.stringify(rows), structure: jsonStructure(table) },
    );
  }
  await connection.run(
    'CREATE OR REPLACE TABLE regions (code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR)',
  );
  const regions = input.regions ?? [];
  if (regions.length > 0) {
    await connection.run(
      `INSERT INTO regions SELECT code, name, level, parent_code FROM (SELECT unnest(from_json($rows::JSON, '[{"code":"VARCHAR","name":"VARCHAR","level":"VARCHAR","parent_code":"VARCHAR"}]'), recursive := true))`,
      { rows: JSON.stringify(regions) },
    );
  }
}
