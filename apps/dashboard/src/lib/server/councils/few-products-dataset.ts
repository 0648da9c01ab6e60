/**
 * For tests: a copy of a dataset in which one region's products keep the assessments of `keep`
 * products only (the others stay, unassessed), written as `anyam generate` writes one. Returns
 * the new dataset's folder, inside a temporary folder the caller removes.
 *
 *     await fewProductsDataset('.test-data/banten', '36.72', 3) // '/tmp/anyam-advice-x1y2/dataset'
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeDataset } from '@anyam/duckdb';

export async function fewProductsDataset(
  source: string,
  region: string,
  keep: number,
): Promise<string> {
  const manifest = JSON.parse(await readFile(join(source, 'manifest.json'), 'utf8')) as {
    tables: Record<string, { files: string[] }>;
  };
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const [table, entry] of Object.entries(manifest.tables)) {
      const files = entry.files.map((file) => `'${join(source, file).replace(/'/g, "''")}'`);
      // Partitioned tables keep their year in the folder name (outcomes: their own column).
      const hive = entry.files.some((file) => file.includes('year='));
      await connection.run(
        `CREATE TABLE "${table.replace(/"/g, '""')}" AS SELECT * FROM read_parquet([${files.join(', ')}], hive_partitioning = ${hive})`,
      );
    }
    const prepared = await connection.prepare(`
      DELETE FROM assessments WHERE product_id IN (
        SELECT product_id FROM products p JOIN enterprises e USING (enterprise_id)
        WHERE e.region_code = $region OR starts_with(e.region_code, $region || '.')
        ORDER BY product_id OFFSET $keep
      )`);
    prepared.bind({ region, keep });
    await prepared.run();
    const dir = join(await mkdtemp(join(tmpdir(), 'anyam-advice-')), 'dataset');
    await writeDataset(connection, dir, { createdBy: { command: 'generate', scale: 'banten' } });
    return dir;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
