import { join } from 'node:path';
import {
  isPartitioned,
  quoteIdentifier,
  quoteLiteral,
  viewColumns,
  type DatasetTableName,
} from './dataset-tables.js';
import type { ColumnSpec } from '@anyam/core';
import type { ManifestTable } from './manifest.js';

/**
 * The `CREATE VIEW` of one dataset table over its Parquet files, in the column order of
 * `viewColumns`. Partitioned tables are read with Hive partitioning and an INTEGER `year`, so a
 * filter on `year` skips the other years' files. A table with no files (no rows, or absent from
 * the manifest) becomes an empty view of the right types, so every query still binds.
 * `dir` must be absolute; `entry.files` must have passed `isTableFile`.
 *
 *     viewDefinition('/data/export', 'councils', { rows: 8, files: ['councils.parquet'] })
 *     // CREATE OR REPLACE VIEW "councils" AS SELECT "council_id", "region_code", "name"
 *     //   FROM read_parquet(['/data/export/councils.parquet'], hive_partitioning = false)
 */
export function viewDefinition(
  dir: string,
  table: DatasetTableName,
  entry: ManifestTable | undefined,
): string {
  return parquetViewDefinition(dir, table, viewColumns(table), isPartitioned(table), entry);
}

/**
 * `viewDefinition` for any table stored as a dataset stores its tables (the derived ones too):
 * view `name` with `columns` over `entry.files` inside `dir`, Hive-partitioned by `year` when
 * `partitioned`.
 *
 *     parquetViewDefinition('/d', 'artisan_facts', columns, false, { rows: 1, files: ['derived/artisan_facts.parquet'] })
 *     // CREATE OR REPLACE VIEW "artisan_facts" AS SELECT ... FROM read_parquet(['/d/derived/artisan_facts.parquet'], ...)
 */
export function parquetViewDefinition(
  dir: string,
  name: string,
  columns: readonly ColumnSpec[],
  partitioned: boolean,
  entry: ManifestTable | undefined,
): string {
  const head = `CREATE OR REPLACE VIEW ${quoteIdentifier(name)} AS SELECT`;
  if (!entry || entry.files.length === 0) {
    const typed = columns.map(
      (column) => `CAST(NULL AS ${column.type}) AS ${quoteIdentifier(column.name)}`,
    );
    return `${head} ${typed.join(', ')} WHERE false`;
  }
  const paths = entry.files.map((file) => quoteLiteral(join(dir, ...file.split('/'))));
  const list = `[${paths.join(', ')}]`;
  // Explicit columns, so that the views have the columns and order of `viewColumns` whatever the files hold.
  const names = columns.map((column) => quoteIdentifier(column.name)).join(', ');
  if (!partitioned) return `${head} ${names} FROM read_parquet(${list}, hive_partitioning = false)`;
  if (!dir.includes('=')) {
    return `${head} ${names} FROM read_parquet(${list}, hive_partitioning = true, hive_types = {'year': INTEGER})`;
  }
  // DuckDB reads every key=value folder of a path as a partition and the first one wins, so under
  // /runs/year=2019/export every row would get 2019. There `year` comes from the file's own
  // folder name instead; a filter on it still skips the other years' files.
  const fromFolder = String.raw`CAST(regexp_extract(filename, '[/\\]year=(\d{4})[/\\][^/\\]*$', 1) AS INTEGER) AS "year"`;
  const selected = columns.map((column) =>
    column.name === 'year' ? fromFolder : quoteIdentifier(column.name),
  );
  return `${head} ${selected.join(', ')} FROM read_parquet(${list}, hive_partitioning = false, filename = true)`;
}
