/**
 * Downloads of a dataset's tables: `GET /api/data/TABLE.parquet` and `TABLE.csv`. The table name
 * comes only from the dataset's allowlist, so no request can name another file. A table stored
 * as one Parquet file is streamed as it is; a Hive-partitioned table, and every CSV, is written
 * once per dataset version by DuckDB `COPY` into a private temporary folder and streamed from
 * there. CSV writes lists `;`-separated, as the import format has them, and text a spreadsheet
 * would run as a formula with a leading `'` (core's neutralizeFormula).
 */
import { createReadStream, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  datasetTableNames,
  isPartitioned,
  quoteIdentifier,
  quoteLiteral,
  sortKey,
  viewColumns,
  type DatasetHandle,
  type DatasetTableName,
} from '@anyam/duckdb';
import { neutralizeFormulaSql, type ColumnSpec } from '@anyam/core';
import { ApiError } from '../api-error.js';
import { getDataset } from '../dataset.js';

export type DownloadFormat = 'parquet' | 'csv';

/**
 * The table and format a download's file name asks for, or a 400/404 with one sentence.
 *
 *     parseDownloadName('councils.csv')      // { table: 'councils', format: 'csv' }
 *     parseDownloadName('../etc/passwd.csv') // throws ApiError 404
 */
export function parseDownloadName(name: string): {
  table: DatasetTableName;
  format: DownloadFormat;
} {
  const match = /^(.*)\.(parquet|csv)$/.exec(name);
  if (!match) {
    throw new ApiError(
      400,
      `${JSON.stringify(name)} is not a table download: ask for TABLE.parquet or TABLE.csv, such as councils.parquet.`,
    );
  }
  const table = match[1]!;
  if (!(datasetTableNames as readonly string[]).includes(table)) {
    throw new ApiError(
      404,
      `There is no table ${JSON.stringify(table)} in the dataset: use one of ${datasetTableNames.join(', ')}.`,
    );
  }
  return { table: table as DatasetTableName, format: match[2] as DownloadFormat };
}

let workDir: Promise<string> | null = null;
let workVersion: string | null = null;
const made = new Map<string, Promise<string>>();

async function versionDir(handle: DatasetHandle): Promise<string> {
  const version = `${handle.dir}|${handle.version}`;
  if (workVersion !== version) {
    // A replaced dataset's files are never served again: drop them with their folder.
    const old = workDir;
    workDir = mkdtemp(join(tmpdir(), 'anyam-downloads-'));
    workVersion = version;
    // The copies are only a cache: they go when the server stops.
    void workDir.then((dir) =>
      process.once('exit', () => rmSync(dir, { recursive: true, force: true })),
    );
    made.clear();
    if (old)
      void old.then((dir) => rm(dir, { recursive: true, force: true })).catch(() => undefined);
  }
  return workDir!;
}

function isText(column: ColumnSpec): boolean {
  return column.type === 'VARCHAR' || column.type === 'VARCHAR[]';
}

/** The CSV's columns: lists `;`-joined, text a spreadsheet would run as a formula neutralised. */
function selectList(table: DatasetTableName): string {
  return viewColumns(table)
    .map((column) => {
      const name = quoteIdentifier(column.name);
      if (!isText(column)) return name;
      const text = column.type === 'VARCHAR[]' ? `array_to_string(${name}, ';')` : name;
      return `${neutralizeFormulaSql(text)} AS ${name}`;
    })
    .join(', ');
}

async function copyTable(
  handle: DatasetHandle,
  dir: string,
  table: DatasetTableName,
  format: DownloadFormat,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, `${table}.${format}`);
  // Written under a temporary name and renamed, so a concurrent reader never sees half a file.
  const partial = `${target}.partial`;
  const order = sortKey(table).map(quoteIdentifier).join(', ');
  const columns = format === 'csv' ? selectList(table) : '*';
  const options =
    format === 'csv'
      ? "FORMAT csv, HEADER true, DELIMITER ','"
      : 'FORMAT parquet, COMPRESSION zstd';
  await handle.pool.use((connection) =>
    connection.run(
      `COPY (SELECT ${columns} FROM ${quoteIdentifier(table)} ORDER BY ${order}) TO ${quoteLiteral(partial)} (${options})`,
    ),
  );
  await rename(partial, target);
  return target;
}

/** The file to send for a table download, made on first request for the dataset version. */
export async function downloadPath(
  handle: DatasetHandle,
  table: DatasetTableName,
  format: DownloadFormat,
): Promise<string> {
  const files = handle.manifest.tables[table]?.files ?? [];
  if (format === 'parquet' && !isPartitioned(table) && files.length === 1) {
    return join(handle.dir, ...files[0]!.split('/'));
  }
  const dir = await versionDir(handle);
  const key = `${table}.${format}`;
  let path = made.get(key);
  if (!path) {
    path = copyTable(handle, dir, table, format);
    made.set(key, path);
    path.catch(() => made.delete(key));
  }
  return path;
}

const contentTypes: Record<DownloadFormat, string> = {
  parquet: 'application/vnd.apache.parquet',
  csv: 'text/csv; charset=utf-8',
};

/** `GET /api/data/NAME`: the table file as an attachment, streamed. */
export async function downloadResponse(name: string): Promise<Response> {
  const { table, format } = parseDownloadName(name);
  const handle = await getDataset();
  const path = await downloadPath(handle, table, format);
  const info = await stat(path);
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'content-type': contentTypes[format],
      'content-length': String(info.size),
      'content-disposition': `attachment; filename="anyam-${table}.${format}"`,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Removes the temporary download files (tests and shutdown). */
export async function clearDownloads(): Promise<void> {
  const old = workDir;
  workDir = null;
  workVersion = null;
  made.clear();
  if (old) await rm(await old, { recursive: true, force: true });
}
