/**
 * The analysts' console runs in @anyam/duckdb's read-only sandbox: a DuckDB of its own, locked to
 * the dataset folder. One sandbox serves every request of a dataset version; when the dataset is
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

/** Limits of the console: ANYAM_SQL_TIMEOUT_MS (default 5000) and ANYAM_SQL_MAX_ROWS (default 10,000). */
export function sqlLimits(): { timeoutMs: number; maxRows: number } {
  return {
    timeoutMs: positive(process.env.ANYAM_SQL_TIMEOUT_MS, 5000),
    maxRows: positive(process.env.ANYAM_SQL_MAX_ROWS, 10_000),
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
  opening = openSandbox(handle.dir, { ...sqlLimits(), poolSize: 2, threads: 1 }).then(
    (sandbox) => ({ version, sandbox }),
  );
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
