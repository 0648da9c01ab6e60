import { tableKey, type DatasetTableName } from '@anyam/core';

// The tables a dataset exposes and their view columns are core's, beside the layout and the data
// dictionary that describe them; re-exported so that this package's callers keep one import.
export { datasetTableNames, isPartitioned, viewColumns, type DatasetTableName } from '@anyam/core';

/**
 * The key columns rows are sorted by when written, so that the same data gives the same files.
 *
 *     sortKey('adoptions') // ['council_id', 'practice_id', 'adopted_on']
 */
export function sortKey(table: DatasetTableName): readonly string[] {
  return tableKey(table);
}

/** `"name"`: a column or table name from the allowlists above, quoted for SQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `'text'`: a path built by this package, quoted as a SQL string literal. */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
