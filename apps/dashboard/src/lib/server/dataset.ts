/**
 * The one open dataset of the server. DuckDB views over the Parquet files are opened once with
 * a small connection pool; at most every `checkEveryMs` a request looks at manifest.json's
 * modification time and size, and when they changed (a new `anyam generate` renamed a dataset
 * into place) the dataset is re-opened and the old pool closed after its queries finish.
 * A missing or broken dataset becomes a `DatasetUnavailable` error (HTTP 503), never a crash.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openDataset, type DatasetHandle } from '@anyam/duckdb';
import { dataDir } from './config.js';
import { dashboardPoolOptions } from './pool-options.js';
import { publishedDatasetDir } from './accounts/current-version.js';

export class DatasetUnavailable extends Error {
  /** `missing`: no manifest in the folder; `broken`: there is one, but the dataset did not open. */
  readonly reason: 'missing' | 'broken';
  constructor(message: string, reason: 'missing' | 'broken' = 'broken') {
    super(message);
    this.name = 'DatasetUnavailable';
    this.reason = reason;
  }
}

interface State {
  dir: string;
  stamp: string;
  handle: DatasetHandle;
}

const checkEveryMs = 2000;
// How long a replaced dataset stays open for requests that already hold it.
const retireAfterMs = 30_000;
// Connections, queue and DuckDB's memory limit: pool-options.ts (one connection per core).

let current: State | null = null;
let opening: Promise<State> | null = null;
let lastCheck = 0;

async function manifestStamp(dir: string): Promise<string | null> {
  try {
    const info = await stat(join(dir, 'manifest.json'));
    return `${info.mtimeMs}:${info.size}:${info.ino}`;
  } catch {
    return null;
  }
}

// Below this many rows the tables are copied into DuckDB's memory once, so that a request reads
// columns already decoded instead of decoding Parquet again (the Banten demo: ~60,000 rows).
const materializeBelowRows = 5_000_000;

/**
 * Copies every table of the dataset into memory and points its view at the copy. The view names
 * stay those of the contract, so metric SQL runs unchanged; the copy is of this version only.
 */
async function materialize(handle: DatasetHandle): Promise<void> {
  // The derived tables too (data/README.md): the metric SQL reads them instead of the joins.
  const tables = [
    ...Object.entries(handle.manifest.tables),
    ...Object.entries(handle.manifest.derived?.tables ?? {}),
  ].filter(([, entry]) => entry !== undefined);
  const rows = tables.reduce((total, [, entry]) => total + (entry?.rows ?? 0), 0);
  if (rows >= materializeBelowRows) return;
  await handle.pool.use(async (connection) => {
    for (const [table] of tables) {
      // Table names come from the manifest, which openDataset checked against its allowlists.
      const quoted = `"${table.replace(/"/g, '""')}"`;
      const copy = `"anyam_memory_${table.replace(/"/g, '""')}"`;
      await connection.run(`CREATE OR REPLACE TABLE ${copy} AS SELECT * FROM ${quoted}`);
      await connection.run(`CREATE OR REPLACE VIEW ${quoted} AS SELECT * FROM ${copy}`);
    }
  });
}

async function open(dir: string, stamp: string): Promise<State> {
  try {
    const handle = await openDataset(dir, dashboardPoolOptions());
    try {
      await materialize(handle);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { dir, stamp, handle };
  } catch (error) {
    throw new DatasetUnavailable(
      (error as Error).message.split('\n')[0] ?? 'The dataset could not be opened.',
    );
  }
}

/** The open dataset, re-opened when its manifest changed; throws `DatasetUnavailable`. */
export async function getDataset(): Promise<DatasetHandle> {
  // A published version (the state's `current` pointer) replaces $ANYAM_DATA once there is one.
  const dir = (await publishedDatasetDir()) ?? dataDir();
  const now = Date.now();
  if (current && current.dir === dir && now - lastCheck < checkEveryMs) return current.handle;
  if (opening) return (await opening).handle;
  lastCheck = now;
  const stamp = await manifestStamp(dir);
  if (stamp === null) {
    throw new DatasetUnavailable(
      // The folder is not named: an answer never shows the server's disk (the operator set it).
      'There is no dataset in the folder ANYAM_DATA names (data/export by default): run `pnpm start` (it generates the Banten demo) or set ANYAM_DATA to a dataset folder.',
      'missing',
    );
  }
  if (current && current.dir === dir && current.stamp === stamp) return current.handle;
  opening = open(dir, stamp);
  try {
    const next = await opening;
    const previous = current;
    current = next;
    // Queries already running on the old pool finish first: close() waits for them. A request
    // may hold the old handle between two of its queries, so the close waits a grace period too.
    if (previous)
      setTimeout(() => void previous.handle.close().catch(() => undefined), retireAfterMs).unref();
    return next.handle;
  } finally {
    opening = null;
  }
}

/** Closes the dataset (tests and shutdown). */
export async function closeDataset(): Promise<void> {
  const previous = current;
  current = null;
  lastCheck = 0;
  if (previous) await previous.handle.close();
}
