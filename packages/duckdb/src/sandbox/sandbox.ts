import type { Json } from '@duckdb/node-api';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetTableNames } from '../dataset-tables.js';
import { errorSentence } from '../error-sentence.js';
import { exactNumber, isWideNumeric } from '../exact-json.js';
import type { Manifest } from '../manifest.js';
import { openDataset } from '../open-dataset.js';
import { viewDefinition } from '../view-definition.js';
import { checkFirstKeyword, explainParts } from './check-statement.js';
import { checkSyntaxTree } from './check-syntax-tree.js';
import { SandboxError } from './sandbox-error.js';
import { scrubPaths, scrubValue, type PathMask } from './scrub-paths.js';
import { createWorkerPool, type WorkerReply } from './worker-pool.js';
import { sandboxWorkerPath } from './worker-path.js';

export interface SandboxOptions {
  /** A query running longer is stopped, its worker process killed (default 5 s). */
  readonly timeoutMs?: number;
  /** At most this many rows are returned; `truncated` says when a result was cut (default 10,000). */
  readonly maxRows?: number;
  /** At most this many bytes of JSON rows are returned (default 5 MiB). */
  readonly maxBytes?: number;
  /** DuckDB's memory limit in each worker (default `256MB`). */
  readonly memoryLimit?: string;
  /** A worker process using more resident memory is killed (default 512 MiB). */
  readonly maxRssBytes?: number;
  /** DuckDB threads per worker (default 1, so that one analyst cannot take every core). */
  readonly threads?: number;
  /** Worker processes, i.e. queries that run at the same time (default 2). */
  readonly poolSize?: number;
  /** Queries that may wait for a free worker; more are refused as busy (default 4). */
  readonly maxQueued?: number;
  /** A query waiting longer than this for a worker is refused as busy (default 2 s). */
  readonly queueWaitMs?: number;
  /** The worker script (default `sandboxWorkerPath()`). */
  readonly workerPath?: string;
}

export interface SandboxResult {
  readonly columns: readonly string[];
  readonly types: readonly string[];
  /** Rows as arrays in column order (two columns may share a name). */
  readonly rows: readonly Json[][];
  readonly truncated: boolean;
  /** Why a result was cut: at the row cap or at the byte cap; `null` when it was not. */
  readonly truncatedBy: 'rows' | 'bytes' | null;
}

/** The limits a sandbox enforces (to show them to the people who use it). */
export interface SandboxLimits {
  readonly timeoutMs: number;
  readonly maxRows: number;
  readonly maxBytes: number;
  readonly maxRssBytes: number;
  readonly poolSize: number;
  readonly maxQueued: number;
}

export interface Sandbox {
  /** The dataset folder, absolute (never shown to a browser). */
  readonly dir: string;
  readonly manifest: Manifest;
  readonly limits: SandboxLimits;
  /** Runs one read-only statement; throws `SandboxError` with one sentence when refused or failed. */
  run(sql: string): Promise<SandboxResult>;
  /** The process ids of the sandbox's workers that are ready (to measure their memory). */
  workerPids(): number[];
  close(): Promise<void>;
}

function masksFor(dir: string): PathMask[] {
  const masks: PathMask[] = [{ path: dir, as: 'the dataset folder' }];
  try {
    const real = realpathSync(dir);
    if (real !== dir) masks.push({ path: real, as: 'the dataset folder' });
  } catch {
    // The folder is checked by openDataset; a missing realpath only means nothing more to mask.
  }
  // Each worker's private DuckDB folder (removed once open, named by mkdtemp).
  for (const base of new Set([tmpdir(), safeRealpath(tmpdir())])) {
    masks.push({ path: join(base, 'anyam-sandbox-*'), as: 'the sandbox' });
  }
  return masks;
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Opens a dataset for analysts' SQL in a sandbox that cannot write, leak or exhaust the server:
 * - each statement must be what DuckDB's own parser (`json_serialize_sql`) calls one SELECT
 *   (WITH, DESCRIBE, SUMMARIZE, SHOW included), or `EXPLAIN [ANALYZE]` of one, rebuilt around the
 *   checked text; functions and tables that reach settings, files or the catalog are refused, and
 *   the first-keyword filter stays as a second wall;
 * - it runs in a worker process whose DuckDB opens the views READ_ONLY from a file whose folder is
 *   then removed, with no temp directory, external access only to the dataset folder, and the
 *   configuration locked;
 * - a query is stopped (SIGKILL) past `timeoutMs` or `maxRssBytes`, its answer cut at `maxRows`
 *   or `maxBytes`, and a query that finds every worker taken and the queue full is refused as busy;
 * - no sentence or value it returns names the dataset's folder or the worker's.
 *
 *     const sandbox = await openSandbox('data/export');
 *     await sandbox.run('SELECT count(*) AS n FROM councils');
 *     // { columns: ['n'], types: ['BIGINT'], rows: [[9]], truncated: false, truncatedBy: null }
 *     await sandbox.run("SELECT * FROM read_csv('/etc/passwd')"); // throws SandboxError
 */
export async function openSandbox(dir: string, options: SandboxOptions = {}): Promise<Sandbox> {
  const limits: SandboxLimits = {
    timeoutMs: options.timeoutMs ?? 5000,
    maxRows: options.maxRows ?? 10_000,
    maxBytes: options.maxBytes ?? 5 * 2 ** 20,
    maxRssBytes: options.maxRssBytes ?? 512 * 2 ** 20,
    poolSize: options.poolSize ?? 2,
    maxQueued: options.maxQueued ?? 4,
  };
  // openDataset checks the manifest and that every listed file is there and readable.
  const dataset = await openDataset(dir, { poolSize: 1 });
  const { dir: root, manifest } = dataset;
  await dataset.close();
  const masks = masksFor(root);
  const scrub = (text: string) => scrubPaths(text, masks);

  const pool = await createWorkerPool({
    workerPath: options.workerPath ?? sandboxWorkerPath(),
    open: {
      op: 'open',
      // Relative to the workers' folder (the dataset's), so that plans name no server path.
      views: datasetTableNames.map((table) => viewDefinition('.', table, manifest.tables[table])),
      dir: root,
      memoryLimit: options.memoryLimit ?? '256MB',
      threads: options.threads ?? 1,
    },
    cwd: root,
    size: limits.poolSize,
    maxQueued: limits.maxQueued,
    queueWaitMs: options.queueWaitMs ?? 2000,
    timeoutMs: limits.timeoutMs,
    maxRssBytes: limits.maxRssBytes,
  }).catch((error: unknown) => {
    throw new SandboxError(scrub(errorSentence(error)), 'failed');
  });

  const failed = (reply: WorkerReply) =>
    new SandboxError(scrub(errorSentence(new Error(String(reply.message)))), 'failed');

  const run = async (sql: string): Promise<SandboxResult> => {
    checkFirstKeyword(sql);
    const { prefix, inner } = explainParts(sql);
    if (prefix !== '') checkFirstKeyword(inner);
    return pool.run(async (request) => {
      const parsed = await request({ op: 'parse', sql: inner });
      if (!parsed.ok) throw failed(parsed);
      checkSyntaxTree(String(parsed.ast));
      // Only the checked text runs: an EXPLAIN is rebuilt around it, never run as written.
      const text = prefix === '' ? inner : `${prefix} ${inner}`;
      const reply = await request({
        op: 'run',
        sql: text,
        maxRows: limits.maxRows,
        maxBytes: limits.maxBytes,
      });
      if (!reply.ok) throw failed(reply);
      const types = reply.types as string[];
      const wide = types.map(isWideNumeric);
      const rows = (reply.rows as Json[][]).map((row) =>
        row.map((value, i) => scrubValue(wide[i] ? exactNumber(value) : value, masks)),
      );
      const truncatedBy = (reply.reason as 'rows' | 'bytes' | null) ?? null;
      return {
        columns: (reply.columns as string[]).map(scrub),
        types,
        rows,
        truncated: truncatedBy !== null,
        truncatedBy,
      };
    });
  };

  return {
    dir: root,
    manifest,
    limits,
    run: async (sql) => {
      try {
        return await run(sql);
      } catch (error) {
        if (error instanceof SandboxError) throw new SandboxError(scrub(error.message), error.kind);
        throw error;
      }
    },
    workerPids: () => pool.pids(),
    close: () => pool.close(),
  };
}
