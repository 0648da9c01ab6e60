/**
 * The analysts' SQL console API: `POST /api/sql` runs one read-only statement in the sandbox,
 * `GET /api/sql/schema` lists the dataset's tables and columns, `GET /api/sql/examples` serves
 * data/queries/*.sql. Who may call them is `requireAnalyst`'s decision (see analyst-access.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SandboxError, type Json, type SandboxResult } from '@anyam/duckdb';
import { ApiErrorWithHeaders, analystTokenRequired } from '../analyst-access.js';
import { ApiError } from '../api-error.js';
import { readCappedBytes } from '../read-capped-body.js';
import { findRepoRoot } from '../config.js';
import { getSandbox } from './sql-sandbox.js';

/** Largest request body the console accepts: far more than any query a person types. */
export const maxSqlBodyBytes = 64 * 1024;

/** Whether the console needs a token (ANYAM_SQL_TOKEN is set and not empty). */
export function sqlTokenRequired(): boolean {
  return analystTokenRequired();
}

/** Seconds a client is asked to wait when the console is busy. */
export const busyRetryAfterSeconds = 5;

export interface SqlAnswer {
  columns: readonly string[];
  types: readonly string[];
  rows: readonly Json[][];
  truncated: boolean;
  /** Why a truncated result was cut: `rows` (at `max_rows`) or `bytes` (at `max_bytes`). */
  truncated_by: 'rows' | 'bytes' | null;
  /** The row cap a truncated result was cut at. */
  max_rows: number;
  /** The size cap of the rows, in bytes of JSON. */
  max_bytes: number;
}

const tooLarge = () =>
  new ApiError(
    413,
    `The request body is larger than ${maxSqlBodyBytes / 1024} KB: send a shorter query.`,
  );

/**
 * The request body as text, read with a byte cap (see `readCappedBytes`).
 */
export async function readCappedBody(request: Request, cap: number): Promise<string> {
  const bytes = await readCappedBytes(
    request,
    cap,
    tooLarge,
    () =>
      new ApiError(400, 'The request body could not be read: send {"sql": "SELECT ..."} again.'),
  );
  return Buffer.from(bytes).toString('utf8');
}

/** The `sql` string of a console request, after the content-type and size checks. */
export async function readSqlBody(request: Request): Promise<string> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError(
      415,
      'Send the query as JSON with "Content-Type: application/json", such as {"sql": "SELECT 1"}.',
    );
  }
  const text = await readCappedBody(request, maxSqlBodyBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON: send {"sql": "SELECT ..."}.');
  }
  if (
    !body ||
    typeof body !== 'object' ||
    Array.isArray(body) ||
    typeof (body as { sql?: unknown }).sql !== 'string'
  ) {
    throw new ApiError(400, 'The request body needs a "sql" string, such as {"sql": "SELECT 1"}.');
  }
  const extra = Object.keys(body).filter((key) => key !== 'sql');
  if (extra.length > 0)
    throw new ApiError(
      400,
      `Unknown field ${JSON.stringify(extra[0])} in the request body: send only "sql".`,
    );
  return (body as { sql: string }).sql;
}

/**
 * `POST /api/sql`: the query's result, a 400 with DuckDB's (or the sandbox's) one sentence, or a
 * 503 with Retry-After when every worker is taken and the queue is full.
 */
export async function sqlResponse(request: Request): Promise<SqlAnswer> {
  const sql = await readSqlBody(request);
  const sandbox = await getSandbox();
  let result: SandboxResult;
  try {
    result = await sandbox.run(sql);
  } catch (error) {
    if (error instanceof SandboxError && error.kind === 'busy') {
      throw new ApiErrorWithHeaders(
        503,
        `The console is busy with other queries: try again in ${busyRetryAfterSeconds} s.`,
        { 'retry-after': String(busyRetryAfterSeconds) },
      );
    }
    if (error instanceof SandboxError) throw new ApiError(400, error.message);
    throw error;
  }
  const { columns, types, rows, truncated, truncatedBy } = result;
  return {
    columns,
    types,
    rows,
    truncated,
    truncated_by: truncatedBy,
    max_rows: sandbox.limits.maxRows,
    max_bytes: sandbox.limits.maxBytes,
  };
}

export interface SchemaTable {
  name: string;
  rows: number | null;
  columns: { name: string; type: string }[];
}

/** `GET /api/sql/schema`: each view of the sandbox with its columns (what analysts can query). */
export async function sqlSchemaResponse(): Promise<{ tables: SchemaTable[] }> {
  const sandbox = await getSandbox();
  const result = await sandbox.run(
    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position",
  );
  const tables = new Map<string, SchemaTable>();
  const counts = sandbox.manifest.tables as Record<string, { rows: number } | undefined>;
  for (const [table, column, type] of result.rows as [string, string, string][]) {
    let entry = tables.get(table);
    if (!entry) {
      entry = { name: table, rows: counts[table]?.rows ?? null, columns: [] };
      tables.set(table, entry);
    }
    entry.columns.push({ name: column, type });
  }
  return { tables: [...tables.values()] };
}

export interface ExampleQuery {
  /** The file name, e.g. `study-visit-hosts.sql`. */
  file: string;
  /** The question of its opening comment. */
  question: string;
  sql: string;
}

/**
 * The question of an example query: its opening `-- Question:` comment, lines joined.
 *
 *     exampleQuestion('-- Question: which councils host\n-- the most visits?\nSELECT 1') // 'which councils host the most visits?'
 */
export function exampleQuestion(sql: string): string {
  const lines: string[] = [];
  for (const line of sql.split('\n')) {
    const comment = /^\s*--\s?(.*)$/.exec(line);
    if (!comment) break;
    lines.push(comment[1]!.trim());
  }
  return lines
    .join(' ')
    .replace(/^Question:\s*/i, '')
    .trim();
}

/** The repository's data/queries folder (ANYAM_QUERIES overrides it, for a deployed build). */
export function queriesDir(): string {
  return process.env.ANYAM_QUERIES ?? join(findRepoRoot(), 'data', 'queries');
}

/** `GET /api/sql/examples`: every data/queries/*.sql with its question, by file name. */
export async function sqlExamplesResponse(): Promise<{ examples: ExampleQuery[] }> {
  const dir = queriesDir();
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => /^[A-Za-z0-9_.-]+\.sql$/.test(name)).sort();
  } catch {
    return { examples: [] };
  }
  const examples = await Promise.all(
    files.map(async (file) => {
      const sql = (await readFile(join(dir, file), 'utf8')).replace(/\r\n/g, '\n').trimEnd();
      return { file, question: exampleQuestion(sql) || file, sql };
    }),
  );
  return { examples };
}
