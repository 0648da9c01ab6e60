/**
 * The tables a dataset exposes as views: the tables of `tables.ts` (without their PII) plus the
 * region reference `regions`, with the Hive partition year where a table is partitioned. The
 * DuckDB views, `data/schema.sql` and the data dictionary all read these columns.
 */
import { datasetColumns, tableNames, tables, type ColumnSpec, type TableName } from './tables.js';

/** Every table of a dataset: the tables of the domain and the region reference `regions`. */
export const datasetTableNames = [...tableNames, 'regions'] as const;
export type DatasetTableName = TableName | 'regions';

/** The columns of `regions.parquet`, the Kemendagri region reference a dataset carries. */
export const regionColumns: readonly ColumnSpec[] = [
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
    return [...columns, { name: 'year', type: 'INTEGER' }];
  }
  return columns;
}

/**
 * The key of a dataset table: the columns that identify a row, by which rows are sorted.
 *
 *     tableKey('adoptions') // ['council_id', 'practice_id', 'adopted_on']
 *     tableKey('regions')   // ['code']
 */
export function tableKey(table: DatasetTableName): readonly string[] {
  return table === 'regions' ? ['code'] : tables[table].key;
}
