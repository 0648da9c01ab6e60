import {
  datasetColumns,
  tableNames,
  tables,
  type ColumnSpec,
  type SqlType,
  type TableName,
} from '@anyam/core';

/** Every table of a dataset: the tables of domain.md and the region reference `regions`. */
export const datasetTableNames = [...tableNames, 'regions'] as const;
export type DatasetTableName = TableName | 'regions';

const regionColumns: readonly ColumnSpec[] = [
  { name: 'code', type: 'VARCHAR' },
  { name: 'name', type: 'VARCHAR' },
  { name: 'level', type: 'VARCHAR' },
  { name: 'parent_code', type: 'VARCHAR', nullable: true },
];

/**
 * Whether a table is stored Hive-partitioned by year (`NAME/year=YYYY/data_0.parquet`).
 *
 *     isPartitioned('participations') // true
 *     isPartitioned('councils')       // false
 */
export function isPartitioned(table: DatasetTableName): boolean {
  return table !== 'regions' && tables[table].partitionYearFrom !== undefined;
}

/**
 * The columns a dataset's view of `table` exposes, in order: the stored columns (no PII), then
 * `year INTEGER` for partitioned tables that do not already have it.
 *
 *     viewColumns('participations').map((c) => c.name)
 *     // ['program_id', 'artisan_id', 'enrolled_on', 'completed', 'year']
 */
export function viewColumns(table: DatasetTableName): readonly ColumnSpec[] {
  if (table === 'regions') return regionColumns;
  const columns = datasetColumns(table);
  if (isPartitioned(table) && !columns.some((column) => column.name === 'year')) {
    return [...columns, { name: 'year', type: 'INTEGER' satisfies SqlType }];
  }
  return columns;
}

/**
 * The key columns rows are sorted by when written, so that the same data gives the same files.
 *
 *     sortKey('adoptions') // ['council_id', 'practice_id', 'adopted_on']
 */
export function sortKey(table: DatasetTableName): readonly string[] {
  return table === 'regions' ? ['code'] : tables[table].key;
}

/** `"name"`: a column or table name from the allowlists above, quoted for SQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `'text'`: a path built by this package, quoted as a SQL string literal. */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
