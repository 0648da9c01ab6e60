import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tables } from '@anyam/core';
import {
  datasetTableNames,
  isPartitioned,
  quoteIdentifier,
  quoteLiteral,
  sortKey,
  viewColumns,
  type DatasetTableName,
} from './dataset-tables.js';
import { DatasetError } from './dataset-error.js';
import type { DerivedTableName } from './derived/derived-tables.js';
import { writeDerivedTables } from './derived/write-derived.js';
import { derivedSources, derivedTableNames } from './derived/derived-tables.js';
import {
  manifestFormatVersion,
  type CreatedBy,
  type Manifest,
  type ManifestTable,
} from './manifest.js';

/** One step of a write: `start` before a table is written, `done` after, with its row count. */
export interface WriteProgress {
  /** A dataset table, or one of the derived tables written after them. */
  readonly table: DatasetTableName | DerivedTableName;
  readonly phase: 'start' | 'done';
  /** 1-based position of the table among those written. */
  readonly step: number;
  readonly total: number;
  /** Rows written, on `done`. */
  readonly rows?: number;
}

export interface WriteDatasetOptions {
  /** What made the dataset, recorded in the manifest. */
  readonly createdBy: CreatedBy;
  /** Called before and after each table; a returned promise is awaited before going on. */
  readonly onProgress?: (progress: WriteProgress) => void | Promise<void>;
  /** The creation time to record; default now. */
  readonly now?: Date;
  /**
   * Whether to write the derived tables too (data/README.md, "Derived tables"); default true.
   * They are computed from the Parquet files just written, so they hold the same data.
   */
  readonly derived?: boolean;
}

export interface WriteResult {
  /** The dataset folder, absolute. */
  readonly dir: string;
  readonly manifest: Manifest;
  /** Size of the dataset on disk (Parquet files and manifest), in bytes. */
  readonly bytes: number;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clears what an earlier, killed write left beside `target`: its temporary folder, and — if it was
 * killed between moving the old dataset aside and moving the new one in — puts the old one back.
 */
async function recoverInterrupted(parent: string, name: string, target: string): Promise<void> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.tmp-(\\d+)-[0-9a-f]+(-old)?$`);
  for (const entry of await readdir(parent)) {
    const match = pattern.exec(entry);
    if (!match || isAlive(Number(match[1]))) continue;
    const path = join(parent, entry);
    if (match[2] && !(await exists(target))) await rename(path, target);
    else await rm(path, { recursive: true, force: true });
  }
}

async function filesUnder(root: string, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await filesUnder(root, relative)));
    else found.push(relative);
  }
  return found.sort();
}

async function existingTables(connection: DuckDBConnection): Promise<Map<string, Set<string>>> {
  const reader = await connection.runAndReadAll(
    `SELECT lower(table_name) AS t, lower(column_name) AS c FROM information_schema.columns
     WHERE table_catalog = current_database() AND table_schema = current_schema()`,
  );
  const found = new Map<string, Set<string>>();
  for (const row of reader.getRowObjectsJson()) {
    const table = String(row.t);
    const columns = found.get(table) ?? new Set<string>();
    columns.add(String(row.c));
    found.set(table, columns);
  }
  return found;
}

/** The SELECT that writes `table`: stored columns cast to their types, PII left out, `year` derived. */
function selectFor(table: DatasetTableName, present: Set<string>): string {
  const columns = viewColumns(table);
  const partitionFrom = table === 'regions' ? undefined : tables[table].partitionYearFrom;
  const parts = columns.map((column) => {
    if (column.name === 'year' && partitionFrom && partitionFrom !== 'year') {
      return `CAST(year(${quoteIdentifier(partitionFrom)}) AS INTEGER) AS "year"`;
    }
    if (!present.has(column.name)) {
      throw new DatasetError(
        `Table ${table} has no column ${column.name}, so the dataset cannot be written.`,
        table,
      );
    }
    return `CAST(${quoteIdentifier(column.name)} AS ${column.type}) AS ${quoteIdentifier(column.name)}`;
  });
  const order = sortKey(table).map(quoteIdentifier).join(', ');
  return `SELECT ${parts.join(', ')} FROM ${quoteIdentifier(table)} ORDER BY ${order}`;
}

/**
 * Writes the dataset tables found in `connection` to `dir` as interfaces.md lays it out: a Parquet
 * file per table, `participations`, `assessments` and `outcomes` Hive-partitioned by year,
 * `regions.parquet`, and `manifest.json`. PII columns are never written. Everything goes into a
 * temporary folder beside `dir` that is renamed into place at the end, so a failed or killed write
 * leaves the previous dataset whole. A folder that exists but holds no `manifest.json` is refused
 * rather than replaced.
 *
 *     await loadRecords(connection, records);
 *     const { manifest } = await writeDataset(connection, 'data/export', { createdBy: { command: 'generate', seed: 42, scale: 'banten' } });
 *     manifest.tables.participations // { rows: 5120, files: ['participations/year=2022/data_0.parquet', ...], partitioned_by: 'year' }
 */
export async function writeDataset(
  connection: DuckDBConnection,
  dir: string,
  options: WriteDatasetOptions,
): Promise<WriteResult> {
  const target = resolve(dir);
  const parent = dirname(target);
  const name = basename(target);
  await mkdir(parent, { recursive: true });
  await recoverInterrupted(parent, name, target);
  if (await exists(target)) {
    const info = await stat(target);
    if (!info.isDirectory())
      throw new DatasetError(
        `Cannot write a dataset to ${target}: it is a file, not a folder.`,
        target,
      );
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes('manifest.json')) {
      throw new DatasetError(
        `Cannot write a dataset to ${target}: the folder holds other files and no manifest.json, so it is not replaced.`,
        target,
      );
    }
  }

  const present = await existingTables(connection);
  const toWrite = datasetTableNames.filter((table) => present.has(table));
  if (toWrite.length === 0) {
    throw new DatasetError(
      `Nothing to write to ${target}: the connection has none of the dataset's tables.`,
      target,
    );
  }

  const withDerived =
    options.derived !== false &&
    derivedTableNames.every((derived) =>
      derivedSources[derived].every((source) => (toWrite as readonly string[]).includes(source)),
    );
  const total = toWrite.length + (withDerived ? derivedTableNames.length : 0);

  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = join(parent, `${name}.tmp-${suffix}`);
  await mkdir(temporary);
  try {
    const written: Partial<Record<DatasetTableName, ManifestTable>> = {};
    let bytes = 0;
    for (const [index, table] of toWrite.entries()) {
      const step = index + 1;
      await options.onProgress?.({ table, phase: 'start', step, total });
      const select = selectFor(table, present.get(table) ?? new Set());
      const partitioned = isPartitioned(table);
      const destination = join(temporary, partitioned ? table : `${table}.parquet`);
      const copy = partitioned
        ? `COPY (${select}) TO ${quoteLiteral(destination)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year))`
        : `COPY (${select}) TO ${quoteLiteral(destination)} (FORMAT parquet, COMPRESSION zstd)`;
      const reader = await connection.runAndReadAll(copy);
      const rows = Number(reader.getRowsJson()[0]?.[0] ?? 0);
      const files = partitioned
        ? (await exists(destination))
          ? await filesUnder(temporary, table)
          : []
        : [`${table}.parquet`];
      for (const file of files) bytes += (await stat(join(temporary, ...file.split('/')))).size;
      written[table] = partitioned ? { rows, files, partitioned_by: 'year' } : { rows, files };
      await options.onProgress?.({ table, phase: 'done', step, total, rows });
    }
    const derived = !withDerived
      ? null
      : await writeDerivedTables(connection, temporary, { tables: written }, (table, index) =>
          options.onProgress?.({ table, phase: 'start', step: toWrite.length + index + 1, total }),
        );
    if (derived) bytes += derived.bytes;
    const manifest: Manifest = {
      format_version: manifestFormatVersion,
      created_by: options.createdBy,
      created_at: (options.now ?? new Date()).toISOString(),
      tables: written,
      ...(derived ? { derived: derived.derived } : {}),
    };
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFile(join(temporary, 'manifest.json'), text);
    bytes += Buffer.byteLength(text);

    if (await exists(target)) {
      const aside = join(parent, `${name}.tmp-${suffix}-old`);
      await rename(target, aside);
      try {
        await rename(temporary, target);
      } catch (error) {
        await rename(aside, target);
        throw error;
      }
      await rm(aside, { recursive: true, force: true });
    } else {
      await rename(temporary, target);
    }
    return { dir: target, manifest, bytes };
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}
