import type { DuckDBConnection, Json } from '@duckdb/node-api';
import { StatementType } from '@duckdb/node-api';
import { readExact } from '../read-exact.js';
import { openDataset, type DatasetHandle } from '../open-dataset.js';
import { checkFirstKeyword } from './check-statement.js';
import { SandboxError } from './sandbox-error.js';

export interface SandboxOptions {
  /** A query running longer is interrupted (default 5 s). */
  readonly timeoutMs?: number;
  /** At most this many rows are returned; `truncated` says when a result was cut (default 10,000). */
  readonly maxRows?: number;
  /** DuckDB's memory limit for the sandbox (default `1GB`). */
  readonly memoryLimit?: string;
  /** DuckDB threads for the sandbox (default 1, so that one analyst cannot take every core). */
  readonly threads?: number;
  /** Connections, i.e. queries that run at the same time (default 2). */
  readonly poolSize?: number;
}

export interface SandboxResult {
  readonly columns: readonly string[];
  readonly types: readonly string[];
  /** Rows as arrays in column order (two columns may share a name). */
  readonly rows: readonly Json[][];
  readonly truncated: boolean;
}

export interface Sandbox {
  readonly dataset: DatasetHandle;
  /** Runs one read-only statement; throws `SandboxError` with one sentence when refused or failed. */
  run(sql: string): Promise<SandboxResult>;
  close(): Promise<void>;
}

const allowedTypes = new Set<StatementType>([StatementType.SELECT, StatementType.EXPLAIN]);

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? 'The query failed.';
}

/**
 * Opens a dataset for analysts' SQL in a sandbox of its own: a separate in-memory DuckDB whose
 * views read the dataset, then locked so that no file outside the dataset folder can be read
 * (`enable_external_access = false` with the folder as the only allowed directory), no setting
 * changed, no extension loaded. Each query must be one SELECT-like statement; it is interrupted
 * after `timeoutMs` and its result cut at `maxRows`.
 *
 *     const sandbox = await openSandbox('data/export');
 *     await sandbox.run('SELECT count(*) AS n FROM councils');
 *     // { columns: ['n'], types: ['BIGINT'], rows: [[9]], truncated: false }
 *     await sandbox.run("SELECT * FROM read_csv('/etc/passwd')"); // throws SandboxError
 */
export async function openSandbox(dir: string, options: SandboxOptions = {}): Promise<Sandbox> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxRows = options.maxRows ?? 10_000;
  const dataset = await openDataset(dir, {
    poolSize: options.poolSize ?? 2,
    config: { threads: String(options.threads ?? 1), memory_limit: options.memoryLimit ?? '1GB' },
  });
  try {
    await dataset.pool.use(async (connection) => {
      // Settings are per instance: locking them here locks every connection of the pool.
      await connection.run('SET allowed_directories = [$dir]', { dir: `${dataset.dir}/` });
      await connection.run('SET enable_external_access = false');
      await connection.run('SET autoinstall_known_extensions = false');
      await connection.run('SET autoload_known_extensions = false');
      await connection.run('SET lock_configuration = true');
    });
  } catch (error) {
    await dataset.close();
    throw error;
  }

  const runOn = async (connection: DuckDBConnection, sql: string): Promise<SandboxResult> => {
    const statements = await connection.extractStatements(sql).catch((error: unknown) => {
      throw new SandboxError(firstLine(error), 'failed');
    });
    if (statements.count !== 1) {
      throw new SandboxError(
        statements.count === 0
          ? 'The query is empty: write one SELECT statement.'
          : `The query has ${statements.count} statements: the console runs one statement at a time.`,
        'refused',
      );
    }
    const prepared = await statements.prepare(0).catch((error: unknown) => {
      throw new SandboxError(firstLine(error), 'failed');
    });
    if (!allowedTypes.has(prepared.statementType)) {
      throw new SandboxError(
        'Only reading is allowed here: the console runs one SELECT (or WITH ... SELECT, DESCRIBE, SUMMARIZE, EXPLAIN) over the dataset.',
        'refused',
      );
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, timeoutMs);
    try {
      // Streaming stops reading once one row past the cap has arrived, so a result of millions
      // of rows is never materialised in memory.
      const { columns, types, rows } = readExact(await prepared.streamAndReadUntil(maxRows + 1));
      const truncated = rows.length > maxRows;
      return { columns, types, rows: truncated ? rows.slice(0, maxRows) : rows, truncated };
    } catch (error) {
      if (timedOut) {
        throw new SandboxError(
          `The query was stopped after ${timeoutMs / 1000} s: narrow it down (filter by year or region, aggregate, or add LIMIT).`,
          'timeout',
        );
      }
      throw new SandboxError(firstLine(error), 'failed');
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    dataset,
    run: async (sql) => {
      checkFirstKeyword(sql);
      return dataset.pool.use((connection) => runOn(connection, sql));
    },
    close: () => dataset.close(),
  };
}
