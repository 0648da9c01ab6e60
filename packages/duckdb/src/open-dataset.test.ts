import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecords } from './load-records.js';
import { readDatasetVersion } from './dataset-version.js';
import { openDataset } from './open-dataset.js';
import { sampleRecords } from './testing/sample-records.js';
import { writeSample } from './testing/write-sample.js';
import { writeDataset } from './write-dataset.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-open-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** "Total Files Read: 1" in DuckDB's profile: the Parquet files a scan opened. */
function filesRead(plan: string): number[] {
  return [...plan.matchAll(/Total Files Read: (\d+)/g)].map((m) => Number(m[1]));
}

describe('openDataset', () => {
  it('creates a view per table with an INTEGER year on the partitioned tables', async () => {
    const dir = join(root, 'views');
    await writeSample(dir);
    const dataset = await openDataset(dir);
    try {
      expect(dataset.dir).toBe(dir);
      expect(dataset.manifest.created_by).toEqual({ command: 'test', seed: 1, scale: 'sample' });
      const views = await dataset.query(
        'SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name',
      );
      // The dataset's tables and, written with it, its derived tables (data/README.md).
      expect(views.map((row) => row.view_name)).toEqual([
        'adoptions',
        'artisan_facts',
        'artisan_years',
        'artisans',
        'assessment_region_sums',
        'assessments',
        'councils',
        'enterprise_firsts',
        'enterprises',
        'exhibitions',
        'exhibitors',
        'outcome_facts',
        'outcomes',
        'participations',
        'practices',
        'product_points',
        'product_region_sums',
        'product_years',
        'products',
        'programs',
        'reach_region_years',
        'regions',
        'study_visits',
      ]);
      for (const table of ['participations', 'assessments', 'outcomes']) {
        const [row] = await dataset.query(
          `SELECT any_value(typeof(year)) AS t, min(year) AS lo FROM ${table}`,
        );
        expect(row, table).toEqual({ t: 'INTEGER', lo: table === 'assessments' ? 2023 : 2022 });
      }
      const columns = await dataset.query('SELECT column_name FROM (DESCRIBE outcomes)');
      expect(columns.map((row) => row.column_name)).toEqual([
        'enterprise_id',
        'year',
        'revenue_idr',
        'employees',
        'units_sold',
      ]);
    } finally {
      await dataset.close();
    }
  });

  it("prunes partitions: a filter on year reads only that year's files", async () => {
    const dir = join(root, 'pruning');
    await writeSample(dir);
    const dataset = await openDataset(dir);
    try {
      const plan = async (sql: string, params?: Record<string, number>) =>
        (await dataset.read(`EXPLAIN ANALYZE ${sql}`, params)).rows
          .map((row) => String(row[1]))
          .join('\n');
      expect(
        filesRead(await plan('SELECT count(*) FROM participations WHERE year = 2024')),
      ).toEqual([1]);
      expect(
        filesRead(
          await plan('SELECT count(*) FROM outcomes WHERE year BETWEEN $a AND $b', {
            a: 2023,
            b: 2024,
          }),
        ),
      ).toEqual([2]);
      expect(filesRead(await plan('SELECT count(*) FROM participations'))).toEqual([3]);
      expect(
        await dataset.query('SELECT count(*)::INTEGER AS n FROM participations WHERE year = 2024'),
      ).toEqual([{ n: 4 }]);
    } finally {
      await dataset.close();
    }
  });

  it('version changes when the dataset is replaced, and readDatasetVersion sees it without opening', async () => {
    const dir = join(root, 'version');
    await writeSample(dir);
    const first = await openDataset(dir);
    await first.close();
    expect(await readDatasetVersion(dir)).toBe(first.version);
    await writeSample(dir);
    expect(await readDatasetVersion(dir)).not.toBe(first.version);
    const second = await openDataset(dir);
    await second.close();
    expect(first.version).toMatch(/^\d{4}-\d{2}-\d{2}T.*#[0-9a-f]{12}$/);
    expect(second.version).not.toBe(first.version);
  });

  it('gives empty typed views to tables with no rows or absent from the dataset', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await loadRecords(connection, { councils: sampleRecords().councils });
    await connection.run('DROP TABLE outcomes');
    const dir = join(root, 'sparse');
    const { manifest } = await writeDataset(connection, dir, { createdBy: { command: 'test' } });
    connection.closeSync();
    instance.closeSync();
    expect(manifest.tables.participations).toEqual({ rows: 0, files: [], partitioned_by: 'year' });
    expect(manifest.tables.outcomes).toBeUndefined();
    const dataset = await openDataset(dir);
    try {
      expect(await dataset.query('SELECT count(*)::INTEGER AS n FROM councils')).toEqual([
        { n: 3 },
      ]);
      expect(
        await dataset.query('SELECT count(*)::INTEGER AS n FROM participations WHERE year = 2024'),
      ).toEqual([{ n: 0 }]);
      expect(
        await dataset.query('SELECT count(*)::INTEGER AS n, sum(revenue_idr) AS s FROM outcomes'),
      ).toEqual([{ n: 0, s: null }]);
      expect(await dataset.query('SELECT count(*)::INTEGER AS n FROM programs')).toEqual([
        { n: 0 },
      ]);
    } finally {
      await dataset.close();
    }
  });

  it('rejects a missing folder in one sentence', async () => {
    const dir = join(root, 'nowhere');
    await expect(openDataset(dir)).rejects.toThrow(
      `There is no dataset at ${dir}: the folder does not exist (run \`anyam generate\` or pass --data).`,
    );
  });

  it('rejects a folder without manifest.json', async () => {
    const dir = join(root, 'nomanifest');
    await writeSample(dir);
    await unlink(join(dir, 'manifest.json'));
    await expect(openDataset(dir)).rejects.toThrow(
      `${dir} is not an Anyam dataset: it has no manifest.json.`,
    );
  });

  it('rejects a manifest that is not JSON, of another format version, or pointing outside the folder', async () => {
    const dir = join(root, 'badmanifest');
    await writeSample(dir);
    const file = join(dir, 'manifest.json');
    const good = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, '{"format_version": 1,');
    await expect(openDataset(dir)).rejects.toThrow(`${file} is not valid JSON (`);
    await writeFile(file, JSON.stringify({ ...good, format_version: 2 }));
    await expect(openDataset(dir)).rejects.toThrow(
      `${file} has format_version 2, but this version of Anyam reads only format_version 1.`,
    );
    await writeFile(
      file,
      JSON.stringify({
        ...good,
        tables: { ...good.tables, councils: { rows: 1, files: ['../../etc/passwd'] } },
      }),
    );
    await expect(openDataset(dir)).rejects.toThrow(
      `${file} is not an Anyam manifest: tables.councils.files lists a path that is not one of councils's Parquet files.`,
    );
  });

  it('rejects a dataset whose manifest lists a file that is missing', async () => {
    const dir = join(root, 'missingfile');
    await writeSample(dir);
    await unlink(join(dir, 'outcomes', 'year=2023', 'data_0.parquet'));
    await expect(openDataset(dir)).rejects.toThrow(
      `Dataset ${dir} is incomplete: outcomes/year=2023/data_0.parquet (table outcomes) is listed in manifest.json but missing.`,
    );
  });
});
