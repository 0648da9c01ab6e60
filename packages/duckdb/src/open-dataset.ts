import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BindParams } from './bind-params.js';
import { datasetTableNames } from './dataset-tables.js';
import { DatasetError } from './dataset-error.js';
import { manifestVersion } from './dataset-version.js';
import { parseManifest, type Manifest } from './manifest.js';
import { createPool, type JsonRow, type Pool, type PoolOptions, type ReadResult } from './pool.js';
import { viewDefinition } from './view-definition.js';
import { derivedViewDefinitions } from './derived/derived-views.js';

export interface OpenDatasetOptions {
  /** Connections in the pool (default 4; `'cores'`: one per core). */
  readonly poolSize?: PoolOptions['size'];
  /** Callers that may wait for a connection before more are refused as busy (default unbounded). */
  readonly maxQueue?: number;
  /** DuckDB configuration options, e.g. `{ threads: '2', memory_limit: '1GiB' }`. */
  readonly config?: PoolOptions['config'];
}

/** An open dataset: one view per table in an in-memory DuckDB, queried through a pool. */
export interface DatasetHandle {
  /** The dataset folder, absolute. */
  readonly dir: string;
  readonly manifest: Manifest;
  /** Changes whenever the dataset is replaced: a cache key for anything computed from it. */
  readonly version: string;
  readonly pool: Pool;
  /** `pool.query`: rows as JSON-safe objects. */
  query(sql: string, params?: BindParams): Promise<JsonRow[]>;
  /** `pool.read`: columns, types and rows as arrays. */
  read(sql: string, params?: BindParams): Promise<ReadResult>;
  close(): Promise<void>;
}

async function kindOf(path: string): Promise<'file' | 'dir' | 'other' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Opens the dataset in `dir`: checks `manifest.json` and the files it lists, then creates a view
 * per table (the 13 of domain.md and `regions`) over the Parquet files. Problems throw a
 * `DatasetError` with one sentence saying what and where.
 *
 *     const dataset = await openDataset('data/export');
 *     await dataset.query('SELECT count(*)::INTEGER AS n FROM councils'); // [{ n: 9 }]
 *     dataset.version // '2026-11-28T05:40:00.000Z#3f2a9c1b07de'
 *     await dataset.close();
 */
export async function openDataset(
  dir: string,
  options: OpenDatasetOptions = {},
): Promise<DatasetHandle> {
  const root = resolve(dir);
  const kind = await kindOf(root);
  if (kind === 'missing') {
    throw new DatasetError(
      `There is no dataset at ${root}: the folder does not exist (run \`anyam generate\` or pass --data).`,
      root,
    );
  }
  if (kind !== 'dir')
    throw new DatasetError(`There is no dataset at ${root}: it is not a folder.`, root);
  const manifestPath = join(root, 'manifest.json');
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch {
    throw new DatasetError(
      `${root} is not an Anyam dataset: it has no manifest.json.`,
      manifestPath,
    );
  }
  const manifest = parseManifest(text, root);
  for (const table of datasetTableNames) {
    for (const file of manifest.tables[table]?.files ?? []) {
      const path = join(root, ...file.split('/'));
      if ((await kindOf(path)) !== 'file') {
        throw new DatasetError(
          `Dataset ${root} is incomplete: ${file} (table ${table}) is listed in manifest.json but missing.`,
          path,
        );
      }
    }
  }

  for (const [table, entry] of Object.entries(manifest.derived?.tables ?? {})) {
    for (const file of entry.files) {
      const path = join(root, ...file.split('/'));
      if ((await kindOf(path)) !== 'file') {
        throw new DatasetError(
          `Dataset ${root} is incomplete: ${file} (derived table ${table}) is listed in manifest.json but missing.`,
          path,
        );
      }
    }
  }

  const pool = await createPool({
    size: options.poolSize ?? 4,
    ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  try {
    // Views live in the instance's catalog, so every connection of the pool sees them.
    await pool.use(async (connection) => {
      for (const table of datasetTableNames) {
        await connection.run(viewDefinition(root, table, manifest.tables[table]));
      }
      for (const view of derivedViewDefinitions(root, manifest)) await connection.run(view);
    });
  } catch (error) {
    await pool.close();
    throw new DatasetError(
      `Dataset ${root} could not be read: ${(error as Error).message.split('\n')[0]}`,
      root,
    );
  }

  return {
    dir: root,
    manifest,
    version: manifestVersion(text, root),
    pool,
    query: (sql, params) => pool.query(sql, params),
    read: (sql, params) => pool.read(sql, params),
    close: () => pool.close(),
  };
}
