/**
 * A variant of a test dataset for one browser test: the dataset copied, some of its Parquet
 * tables rewritten with DuckDB, and the manifest told of the regions added. Made once: a
 * target that has its manifest is kept.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

/** How a variant rewrites its tables: SQL statements over the source's and the target's files. */
export interface DatasetChange {
  /**
   * The statements to run, given `read(table)` (a `read_parquet(…)` of the source's table) and
   * `write(table)` (the quoted path of the target's file), such as
   * `COPY (SELECT * FROM ${read('regions')} UNION ALL …) TO ${write('regions')} (FORMAT parquet)`.
   */
  statements(read: (table: string) => string, write: (table: string) => string): string[];
  /** How many rows the statements add to the region reference. */
  addedRegions: number;
}

/**
 * Copies the dataset at `source` to `target` and applies `change`; returns `target`.
 *
 *     await makeDatasetVariant(dataDir, `${dataDir}-brief-empty`, {
 *       statements: (read, write) => [`COPY (SELECT * FROM ${read('regions')} UNION ALL
 *         SELECT '31', 'DKI Jakarta', 'province', NULL) TO ${write('regions')} (FORMAT parquet)`],
 *       addedRegions: 1,
 *     }); // '…/banten-…-brief-empty'
 */
export async function makeDatasetVariant(
  source: string,
  target: string,
  change: DatasetChange,
): Promise<string> {
  if (existsSync(`${target}/manifest.json`)) return target;
  await rm(target, { recursive: true, force: true });
  await cp(source, target, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;
    const read = (table: string) => `read_parquet(${quote(`${source}/${table}.parquet`)})`;
    const write = (table: string) => quote(`${target}/${table}.parquet`);
    for (const statement of change.statements(read, write)) await connection.run(statement);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const manifest = JSON.parse(await readFile(`${target}/manifest.json`, 'utf8')) as {
    tables: { regions: { rows: number } };
    derived?: unknown;
  };
  manifest.tables.regions.rows += change.addedRegions;
  // The derived tables were computed over the tables changed here: without them the metrics
  // read the changed tables themselves.
  delete manifest.derived;
  await rm(`${target}/derived`, { recursive: true, force: true });
  await writeFile(`${target}/manifest.json`, JSON.stringify(manifest, null, 2));
  return target;
}
