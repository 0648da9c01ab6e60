import { dataDictionary } from '../domain/data-dictionary.js';
import {
  datasetTableNames,
  isPartitioned,
  viewColumns,
  type DatasetTableName,
} from '../domain/dataset-tables.js';

const header = `-- Anyam: one view per table of a dataset, for DuckDB's own command line.
-- Generated from @anyam/core's tables and data dictionary by
-- \`node packages/core/scripts/data-dictionary.mjs\`: edit those, not this file.
-- From the repository root:   duckdb -init data/schema.sql
-- (or, inside duckdb:         .read data/schema.sql)
-- The paths are relative to the folder duckdb was started in and point at data/export, the
-- default dataset folder; for another dataset, replace 'data/export/' below. The columns and
-- their order are those of openDataset() in @anyam/duckdb, so the queries in data/queries/ run
-- the same here, in \`anyam query\` and on the dashboard's SQL page. Every view and column
-- carries its meaning as a comment: SELECT table_name, column_name, comment FROM duckdb_columns().
--
-- participations, assessments and outcomes are Hive-partitioned by year
-- (participations/year=2024/data_0.parquet): their INTEGER \`year\` column comes from the folder
-- name, so WHERE year = 2024 reads only that year's files.
`;

/** `'text'` as a SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The whole of \`data/schema.sql\`: a \`CREATE OR REPLACE VIEW\` per dataset table over
 * \`data/export/\`, with the columns of \`viewColumns\`, then \`COMMENT ON VIEW\` and
 * \`COMMENT ON COLUMN\` with each meaning (English, values in brackets) from the data dictionary.
 *
 *     schemaSql().includes("COMMENT ON COLUMN outcomes.revenue_idr IS 'Revenue in the year [Rp]';")
 *     // true
 */
export function schemaSql(): string {
  return [header, ...datasetTableNames.map(viewStatements)].join('\n');
}

function viewStatements(table: DatasetTableName): string {
  const entry = dataDictionary[table];
  const columns = viewColumns(table);
  const source = isPartitioned(table)
    ? `read_parquet('data/export/${table}/*/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER})`
    : `read_parquet('data/export/${table}.parquet')`;
  const comments = columns.map((column) => {
    const note = entry.columns[column.name];
    const text = note === undefined ? '' : withUnit(note.en, note.unit);
    return `COMMENT ON COLUMN ${table}.${column.name} IS ${literal(text)};`;
  });
  return [
    `CREATE OR REPLACE VIEW ${table} AS`,
    `SELECT ${columns.map((column) => column.name).join(', ')}`,
    `FROM ${source};`,
    `COMMENT ON VIEW ${table} IS ${literal(entry.table.en)};`,
    ...comments,
    '',
  ].join('\n');
}

function withUnit(text: string, unit: string | undefined): string {
  return unit === undefined ? text : `${text} [${unit}]`;
}
