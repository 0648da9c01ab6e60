import { SandboxError } from './sandbox-error.js';

// Functions that read the server's settings, files, environment or catalog, or run other SQL:
// none of them answers a question about the dataset. Names are compared in lower case because
// DuckDB looks functions up case-insensitively (even quoted ones).
const refusedFunction =
  /^(duckdb_|pragma_|read_|parquet_|iceberg_|delta_|sqlite_|postgres_|mysql_|json_execute|json_serialize|json_deserialize|enable_|disable_|truncate_|force_)|^(current_setting|getenv|getvariable|query|query_table|glob|sniff_csv|which_secret|checkpoint|load_extension|sql_auto_complete|summary|arrow_scan|arrow_scan_dumb|seq_scan|index_scan|current_database|current_catalog|current_schemas|has_.*_privilege|pg_.*)$/;

// Table functions that produce rows from their arguments alone; every other table function
// (read_csv, duckdb_settings, glob, query_table, ...) reaches outside the query.
const allowedTableFunctions = new Set([
  'range',
  'generate_series',
  'unnest',
  'repeat',
  'repeat_row',
  'json_each',
  'json_tree',
]);

// Catalog tables beside the dataset's views that are safe to read (the schema the console lists).
const allowedSchemaTables = new Set([
  'information_schema.columns',
  'information_schema.tables',
  'information_schema.schemata',
]);

/** The parser's answer of `json_serialize_sql`. */
interface SerializedSql {
  readonly error: boolean;
  readonly error_message?: string;
  readonly statements?: readonly unknown[];
}

const refuse = (what: string): never => {
  throw new SandboxError(
    `${what} is not allowed here: the console reads the dataset's tables only (no settings, files or catalog functions).`,
    'refused',
  );
};

function checkTable(node: Record<string, unknown>): void {
  const name = String(node.table_name ?? '');
  const schema = String(node.schema_name ?? '').toLowerCase();
  const catalog = String(node.catalog_name ?? '').toLowerCase();
  // A quoted path as a table name is a replacement scan of that file.
  if (/[/\\:~]|\.[A-Za-z0-9]+$/.test(name)) refuse(`Reading the file ${JSON.stringify(name)}`);
  if (refusedFunction.test(name.toLowerCase())) refuse(`The catalog table ${name}`);
  if (catalog !== '' || (schema !== '' && schema !== 'main')) {
    const qualified = `${schema}.${name.toLowerCase()}`;
    if (catalog !== '' || !allowedSchemaTables.has(qualified))
      refuse(`The table ${[catalog, schema, name].filter(Boolean).join('.')}`);
  }
}

function walk(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.function_name === 'string') {
    const name = record.function_name.toLowerCase();
    if (refusedFunction.test(name)) refuse(`The function ${name}()`);
  }
  if (record.type === 'TABLE_FUNCTION') {
    const fn = record.function as Record<string, unknown> | undefined;
    const name = String(fn?.function_name ?? '').toLowerCase();
    if (!allowedTableFunctions.has(name)) refuse(`The table function ${name}()`);
  }
  if (record.type === 'BASE_TABLE') checkTable(record);
  for (const value of Object.values(record)) walk(value);
}

/**
 * Checks what DuckDB's parser made of a statement (the text `json_serialize_sql` returns): it must
 * be exactly one SELECT (DuckDB serializes nothing else; WITH, DESCRIBE, SUMMARIZE, SHOW, VALUES
 * and FROM-first are SELECTs), and no function or table in it may reach settings, files or the
 * catalog. Throws a `SandboxError` with one sentence otherwise.
 *
 *     checkSyntaxTree(serialized('SELECT 1'))                            // passes
 *     checkSyntaxTree(serialized("SELECT current_setting('threads')"))  // throws: The function current_setting() is not allowed here ...
 *     checkSyntaxTree(serialized("COPY t TO 'x'"))                      // throws: Only reading is allowed here ...
 */
export function checkSyntaxTree(serialized: string): void {
  let parsed: SerializedSql;
  try {
    parsed = JSON.parse(serialized) as SerializedSql;
  } catch {
    throw new SandboxError('The query could not be read as SQL.', 'failed');
  }
  if (parsed.error) {
    const message = parsed.error_message ?? '';
    if (/Only SELECT statements/i.test(message)) {
      throw new SandboxError(
        'Only reading is allowed here: the console runs one SELECT (or WITH ... SELECT, DESCRIBE, SUMMARIZE, EXPLAIN) over the dataset.',
        'refused',
      );
    }
    throw new SandboxError(
      message.split('\n')[0] || 'The query could not be read as SQL.',
      'failed',
    );
  }
  const statements = parsed.statements ?? [];
  if (statements.length !== 1) {
    throw new SandboxError(
      statements.length === 0
        ? 'The query is empty: write one SELECT statement.'
        : `The query has ${statements.length} statements: the console runs one statement at a time.`,
      'refused',
    );
  }
  walk(statements[0]);
}
