// Dataset benchmark: generate → writeDataset → openDataset → queries, on the built packages
// (pnpm --filter @anyam/cli... build first). Prints one JSON object of timings and sizes.
//
//   node packages/cli/bench/dataset.mjs [banten|national] [fromYear] [toYear]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { createPool, openDataset, writeDataset } from '@anyam/duckdb';
import { generate } from '@anyam/synth';

const [scale = 'banten', fromYear = '2021', toYear = '2025'] = process.argv.slice(2);
const seconds = (start) => Number(((performance.now() - start) / 1000).toFixed(3));
const root = await mkdtemp(join(tmpdir(), 'anyam-bench-'));
const dir = join(root, 'export');
const figures = { scale, years: `${fromYear}-${toYear}` };
try {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  let start = performance.now();
  await generate(connection, {
    scale,
    seed: 42,
    fromYear: Number(fromYear),
    toYear: Number(toYear),
  });
  figures.generate_s = seconds(start);
  start = performance.now();
  const written = await writeDataset(connection, dir, { createdBy: { command: 'bench' } });
  figures.write_s = seconds(start);
  figures.bytes = written.bytes;
  figures.participations = written.manifest.tables.participations?.rows;
  connection.closeSync();
  instance.closeSync();

  start = performance.now();
  const dataset = await openDataset(dir);
  figures.open_s = seconds(start);
  const time = async (sql) => {
    const begin = performance.now();
    await dataset.query(sql);
    return seconds(begin);
  };
  const lastYear = Number(toYear);
  figures.count_one_year_s = await time(
    `SELECT count(*) FROM participations WHERE year = ${lastYear}`,
  );
  figures.count_all_years_s = await time('SELECT count(*) FROM participations');
  figures.reach_by_regency_s = await time(
    `SELECT e.region_code, count(DISTINCT p.artisan_id) FROM participations p JOIN artisans a USING (artisan_id) JOIN enterprises e USING (enterprise_id) WHERE p.year = ${lastYear} GROUP BY ALL`,
  );
  start = performance.now();
  await Promise.all(
    Array.from({ length: 200 }, () => dataset.query('SELECT count(*) FROM councils')),
  );
  figures.concurrent_200_queries_pool4_s = seconds(start);
  await dataset.close();

  const pool = await createPool({ size: 4 });
  start = performance.now();
  await Promise.all(
    Array.from({ length: 1000 }, (_, i) => pool.query('SELECT $i::INTEGER AS i', { i })),
  );
  figures.pool_1000_trivial_queries_s = seconds(start);
  await pool.close();
} finally {
  await rm(root, { recursive: true, force: true });
}
figures.max_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(figures, null, 2));
