import { join } from 'node:path';
import {
  isPartitioned,
  quoteIdentifier,
  quoteLiteral,
  viewColumns,
  type DatasetTableName,
} from './dataset-tables.js';
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
  const columns = viewColumns(table);
  const head = `CREATE OR REPLACE VIEW ${quoteIdentifier(table)} AS SELECT`;
  if (!entry || entry.files.length === 0) {
    const typed = columns.map(
      (column) => `CAST(NULL AS ${column.type}) AS ${quoteIdentifier(column.name)}`,
    );
    return `${head} ${typed.join(', ')} WHERE false`;
  }
  const paths = entry.files.map((file) => quoteLiteral(join(dir, ...file.split('/'))));
  // Explicit columns also drop any key=value folder above the dataset that DuckDB would read as a partition.
  const names = columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const hive = isPartitioned(table)
    ? "hive_partitioning = true, hive_types = {'year': INTEGER}"
    : 'hive_partitioning = false';
  return `${head} ${names} FROM read_parquet([${paths.join(', ')}], ${hive})`;
}
