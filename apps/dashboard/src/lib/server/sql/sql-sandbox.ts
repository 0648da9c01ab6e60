/**
 * The analysts' console runs in @anyam/duckdb's read-only sandbox: worker processes with a DuckDB
 * each, locked to the dataset folder, killed and replaced when a query runs over its time or memory. One sandbox serves every request of a dataset version; when the dataset is
 * replaced (a new version from `getDataset`) the next request opens a new sandbox over it and
 * the old one is closed once its running queries end.
 */
import { openSandbox, type Sandbox } from '@anyam/duckdb';
import { getDataset } from '../dataset.js';

interface Open {
  version: string;
  sandbox: Sandbox;
}

let current: Open | null = null;
let opening: Promise<Open> | null = null;

function positive(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The console's limits, from the environment (see data/README.md, "Limits of the SQL console"). */
export interface SqlLimits {
  /** ANYAM_SQL_TIMEOUT_MS, default 5000: a query running longer is stopped. */
  timeoutMs: number;
  /** ANYAM_SQL_MAX_ROWS, default 10,000 rows per answer. */
  maxRows: number;
  /** ANYAM_SQL_MAX_BYTES, default 5 MiB of JSON rows per answer. */
  maxBytes: number;
  /** ANYAM_SQL_MAX_MEMORY_MB, default 512: a query whose worker grows past it is stopped. */
  maxRssBytes: number;
  /** ANYAM_SQL_WORKERS, default 2 queries at the same time. */
  poolSize: number;
  /** ANYAM_SQL_QUEUE, default 4 queries waiting for a worker; one more gets 503. */
  maxQueued: number;
}

/** The console's limits (defaults, or the ANYAM_SQL_* variables when set). */
export function sqlLimits(): SqlLimits {
  return {
    timeoutMs: positive(process.env.ANYAM_SQL_TIMEOUT_MS, 5000),
    maxRows: positive(process.env.ANYAM_SQL_MAX_ROWS, 10_000),
    maxBytes: positive(process.env.ANYAM_SQL_MAX_BYTES, 5 * 2 ** 20),
    maxRssBytes: positive(process.env.ANYAM_SQL_MAX_MEMORY_MB, 512) * 2 ** 20,
    poolSize: positive(process.env.ANYAM_SQL_WORKERS, 2),
    maxQueued: positive(process.env.ANYAM_SQL_QUEUE, 4),
  };
}

/** The sandbox over the current dataset, opened (or re-opened after a replacement) on demand. */
export async function getSandbox(): Promise<Sandbox> {
  const handle = await getDataset();
  // The folder is part of the key: a copy of the same dataset elsewhere is another set of files.
  const version = `${handle.dir}|${handle.version}`;
  if (current && current.version === version) return current.sandbox;
  // Concurrent first requests share one opening instead of each opening a DuckDB.
  if (opening) {
    const open = await opening;
    if (open.version === version) return open.sandbox;
  }
  opening = openSandbox(handle.dir, { ...sqlLimits(), threads: 1 }).then((sandbox) => ({
    version,
    sandbox,
  }));
  try {
    const next = await opening;
    const previous = current;
    current = next;
    // close() waits for queries already running on the old sandbox.
    if (previous) void previous.sandbox.close().catch(() => undefined);
    return next.sandbox;
  } finally {
    opening = null;
  }
}

/** Closes the sandbox (tests and shutdown). */
export async function closeSandbox(): Promise<void> {
  const previous = current;
  current = null;
  if (previous) await previous.sandbox.close();
}

/** The version the open sandbox reads (tests check that a replaced dataset re-opens it). */
export function sandboxVersion(): string | null {
  return current?.version ?? null;
}
