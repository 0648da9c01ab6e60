/**
 * A two-province variant of the test dataset, for the national map: the Banten dataset with the
 * enterprises of Kota Cilegon moved to a regency of Jawa Barat (32.01) and those regions added to
 * the reference. Only enterprises and regions change; everything hangs on enterprise ids.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

export async function makeTwoProvinceDataset(source: string, target: string): Promise<string> {
  if (existsSync(`${target}/manifest.json`)) return target;
  await rm(target, { recursive: true, force: true });
  await cp(source, target, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;
    await connection.run(
      `COPY (SELECT * REPLACE (CASE WHEN region_code = '36.72' OR starts_with(region_code, '36.72.') THEN '32.01' ELSE region_code END AS region_code)
        FROM read_parquet(${quote(`${source}/enterprises.parquet`)})) TO ${quote(`${target}/enterprises.parquet`)} (FORMAT parquet)`,
    );
    await connection.run(
      `COPY (SELECT * FROM read_parquet(${quote(`${source}/regions.parquet`)})
        UNION ALL SELECT '32', 'Jawa Barat', 'province', NULL
        UNION ALL SELECT '32.01', 'Kabupaten Bogor', 'regency', '32') TO ${quote(`${target}/regions.parquet`)} (FORMAT parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const manifest = JSON.parse(await readFile(`${target}/manifest.json`, 'utf8')) as {
    tables: { regions: { rows: number } };
    derived?: unknown;
  };
  manifest.tables.regions.rows += 2;
  // The derived tables were computed with the enterprises' old regions: without them the
  // metrics read the tables changed above.
  delete manifest.derived;
  await rm(`${target}/derived`, { recursive: true, force: true });
  await writeFile(`${target}/manifest.json`, JSON.stringify(manifest, null, 2));
  return target;
}
