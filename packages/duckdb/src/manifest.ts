import { join } from 'node:path';
import type { Json } from '@duckdb/node-api';
import { datasetTableNames, isPartitioned, type DatasetTableName } from './dataset-tables.js';
import { DatasetError } from './dataset-error.js';
import {
  derivedTableNames,
  isDerivedFile,
  isDerivedPartitioned,
  isLaterDerivedTable,
  type DerivedTableName,
} from './derived/derived-tables.js';

/** The only manifest format this version reads and writes. */
export const manifestFormatVersion = 1;

/** What made a dataset: `{ command: 'generate', seed: 42, scale: 'banten' }` or an import's source. */
export interface CreatedBy {
  readonly command: string;
  readonly [detail: string]: Json | undefined;
}

export interface ManifestTable {
  readonly rows: number;
  /** Paths relative to the dataset folder, `/`-separated, sorted. */
  readonly files: readonly string[];
  /** `year` for the Hive-partitioned fact tables. */
  readonly partitioned_by?: 'year';
}

/**
 * The derived tables written with a dataset (data/README.md, "Derived tables") and the years
 * they cover: `product_years` has a partition for every year `first_year..last_year`. A reader
 * that does not know this key ignores it and computes everything from the dataset's own tables.
 */
export interface ManifestDerived {
  readonly first_year: number;
  readonly last_year: number;
  /** Every derived table, except perhaps those `isLaterDerivedTable` names. */
  readonly tables: Readonly<Partial<Record<DerivedTableName, ManifestTable>>>;
}

/** `manifest.json` of a dataset. */
export interface Manifest {
  readonly format_version: typeof manifestFormatVersion;
  readonly created_by: CreatedBy;
  /** ISO 8601 time, UTC. */
  readonly created_at: string;
  readonly tables: Readonly<Partial<Record<DatasetTableName, ManifestTable>>>;
  /** Present when the dataset was written with its derived tables. */
  readonly derived?: ManifestDerived;
}

/**
 * Whether `file` is a path a dataset may hold for `table`: `councils.parquet`, or
 * `participations/year=2024/data_0.parquet` for a partitioned table. Nothing else is ever joined
 * to the dataset folder, so a manifest cannot point a view outside it.
 *
 *     isTableFile('participations', 'participations/year=2024/data_0.parquet') // true
 *     isTableFile('councils', '../secret.parquet')                           // false
 */
export function isTableFile(table: DatasetTableName, file: string): boolean {
  if (!isPartitioned(table)) return file === `${table}.parquet`;
  return new RegExp(`^${table}/year=\\d{4}/[A-Za-z0-9_-]+\\.parquet$`).test(file);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the text of a `manifest.json` and returns the manifest; a problem throws a
 * `DatasetError` naming the file and the field.
 *
 *     parseManifest('{"format_version":1,"created_by":{"command":"generate"},"created_at":"2026-01-01T00:00:00.000Z","tables":{}}', 'data/export')
 *     // { format_version: 1, created_by: { command: 'generate' }, created_at: '2026-…', tables: {} }
 */
export function parseManifest(text: string, dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`${file} is not valid JSON (${(error as Error).message}).`, file);
  }
  const bad = (what: string) =>
    new DatasetError(`${file} is not an Anyam manifest: ${what}.`, file);
  if (!isRecord(value)) throw bad('it is not a JSON object');
  const version = value.format_version;
  if (version !== manifestFormatVersion) {
    throw new DatasetError(
      `${file} has format_version ${JSON.stringify(version ?? null)}, but this version of Anyam reads only format_version ${manifestFormatVersion}.`,
      file,
    );
  }
  if (!isRecord(value.created_by) || typeof value.created_by.command !== 'string') {
    throw bad('created_by.command is missing');
  }
  if (typeof value.created_at !== 'string' || Number.isNaN(Date.parse(value.created_at))) {
    throw bad('created_at is not an ISO date and time');
  }
  if (!isRecord(value.tables)) throw bad('tables is missing');
  const tables: Partial<Record<DatasetTableName, ManifestTable>> = {};
  for (const table of datasetTableNames) {
    const entry = value.tables[table];
    if (entry === undefined) continue;
    if (!isRecord(entry)) throw bad(`tables.${table} is not an object`);
    const { rows, files } = entry;
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) {
      throw bad(`tables.${table}.rows is not a row count`);
    }
    if (
      !Array.isArray(files) ||
      !files.every((f): f is string => typeof f === 'string' && isTableFile(table, f))
    ) {
      throw bad(`tables.${table}.files lists a path that is not one of ${table}'s Parquet files`);
    }
    tables[table] = isPartitioned(table)
      ? { rows, files, partitioned_by: 'year' }
      : { rows, files };
  }
  const derived = value.derived === undefined ? undefined : parseDerived(value.derived, bad);
  return {
    format_version: manifestFormatVersion,
    created_by: value.created_by as unknown as CreatedBy,
    created_at: value.created_at,
    tables,
    ...(derived ? { derived } : {}),
  };
}

const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999;

function parseDerived(value: unknown, bad: (what: string) => DatasetError): ManifestDerived {
  if (!isRecord(value) || !isRecord(value.tables)) throw bad('derived.tables is missing');
  const { first_year: first, last_year: last } = value;
  if (!isYear(first) || !isYear(last) || first > last) {
    throw bad('derived.first_year and derived.last_year are not a span of years');
  }
  const tables: Partial<Record<DerivedTableName, ManifestTable>> = {};
  for (const table of derivedTableNames) {
    const entry = value.tables[table];
    // A dataset written before a table was added lacks it; openDataset computes it on read.
    if (entry === undefined && isLaterDerivedTable(table)) continue;
    if (!isRecord(entry)) throw bad(`derived.tables.${table} is missing`);
    const { rows, files } = entry;
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) {
      throw bad(`derived.tables.${table}.rows is not a row count`);
    }
    if (
      !Array.isArray(files) ||
      !files.every((f): f is string => typeof f === 'string' && isDerivedFile(table, f))
    ) {
      throw bad(`derived.tables.${table}.files lists a path that is not one of ${table}'s files`);
    }
    tables[table] = isDerivedPartitioned(table)
      ? { rows, files, partitioned_by: 'year' }
      : { rows, files };
  }
  return {
    first_year: first,
    last_year: last,
    tables,
  };
}
