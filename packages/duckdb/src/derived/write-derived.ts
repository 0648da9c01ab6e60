import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  quoteLiteral,
  viewColumns,
  isPartitioned,
  type DatasetTableName,
} from '../dataset-tables.js';
import type { Manifest, ManifestDerived, ManifestTable } from '../manifest.js';
import { parquetViewDefinition } from '../view-definition.js';
import { factYearSpan } from './derived-span.js';
import {
  derivedColumns,
  derivedSelect,
  derivedSources,
  derivedTableNames,
  isDerivedPartitioned,
  type DerivedTableName,
} from './derived-tables.js';

async function filesUnder(root: string, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await filesUnder(root, relative)));
    else found.push(relative);
  }
  return found.sort();
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** A base table of the dataset in `dir` as a subquery over its Parquet files. */
function baseSource(dir: string, manifest: Pick<Manifest, 'tables'>, table: string): string {
  const name = table as DatasetTableName;
  const view = parquetViewDefinition(
    dir,
    name,
    viewColumns(name),
    isPartitioned(name),
    manifest.tables[name],
  );
  return `(${view.replace(/^CREATE OR REPLACE VIEW "[^"]+" AS /, '')})`;
}

/** A derived table written in `dir` as a subquery over its Parquet files. */
function derivedSource(dir: string, table: DerivedTableName, entry: ManifestTable): string {
  const view = parquetViewDefinition(
    dir,
    table,
    derivedColumns[table],
    isDerivedPartitioned(table),
    entry,
  );
  return `(${view.replace(/^CREATE OR REPLACE VIEW "[^"]+" AS /, '')})`;
}

/**
 * Writes the derived tables of the dataset whose base tables are already in `dir` (as
 * `manifest.tables` lists them), computed from those very Parquet files, under `dir/derived/`,
 * and returns the manifest's `derived` entry; null when a source table is missing or the fact
 * tables have no year. `onTable` is told each table before it is written.
 *
 *     await writeDerivedTables(connection, '/tmp/export.tmp-1', manifest)
 *     // { first_year: 2021, last_year: 2025, tables: { artisan_facts: { rows: 8497, files: [...] }, ... } }
 */
export async function writeDerivedTables(
  connection: DuckDBConnection,
  dir: string,
  manifest: Pick<Manifest, 'tables'>,
  onTable?: (table: DerivedTableName, index: number) => void | Promise<void>,
): Promise<{ derived: ManifestDerived; bytes: number } | null> {
  const span = factYearSpan(manifest);
  if (span === null) return null;
  const available = new Set(Object.keys(manifest.tables));
  if (!derivedTableNames.every((t) => derivedSources[t].every((s) => available.has(s))))
    return null;
  await mkdir(join(dir, 'derived'), { recursive: true });
  const tables: Partial<Record<DerivedTableName, ManifestTable>> = {};
  let bytes = 0;
  for (const [index, table] of derivedTableNames.entries()) {
    await onTable?.(table, index);
    // A derived table already written is read from its files (the later ones build on them).
    const select = derivedSelect(
      table,
      (name) => {
        const entry = tables[name as DerivedTableName];
        return entry === undefined
          ? baseSource(dir, manifest, name)
          : derivedSource(dir, name as DerivedTableName, entry);
      },
      span.first,
      span.last,
    );
    const columns = derivedColumns[table].map((column) => `"${column.name}"`).join(', ');
    const partitioned = isDerivedPartitioned(table);
    const relative = partitioned ? `derived/${table}` : `derived/${table}.parquet`;
    const destination = join(dir, ...relative.split('/'));
    const options = partitioned
      ? '(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year))'
      : '(FORMAT parquet, COMPRESSION zstd)';
    const reader = await connection.runAndReadAll(
      `COPY (SELECT ${columns} FROM (${select})) TO ${quoteLiteral(destination)} ${options}`,
    );
    const rows = Number(reader.getRowsJson()[0]?.[0] ?? 0);
    const files = partitioned
      ? (await exists(destination))
        ? await filesUnder(dir, relative)
        : []
      : [relative];
    for (const file of files) bytes += (await stat(join(dir, ...file.split('/')))).size;
    tables[table] = partitioned ? { rows, files, partitioned_by: 'year' } : { rows, files };
  }
  return {
    derived: {
      first_year: span.first,
      last_year: span.last,
      tables: tables as Record<DerivedTableName, ManifestTable>,
    },
    bytes,
  };
}
