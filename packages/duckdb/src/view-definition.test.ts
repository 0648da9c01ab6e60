import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataset } from './open-dataset.js';
import { writeSample } from './testing/write-sample.js';
import { viewDefinition } from './view-definition.js';

describe('viewDefinition', () => {
  it('reads the listed files by absolute path, Hive-partitioned for fact tables', () => {
    expect(viewDefinition('/d', 'councils', { rows: 1, files: ['councils.parquet'] })).toBe(
      `CREATE OR REPLACE VIEW "councils" AS SELECT "council_id", "region_code", "name" FROM read_parquet(['/d/councils.parquet'], hive_partitioning = false)`,
    );
    expect(
      viewDefinition('/d', 'outcomes', { rows: 1, files: ['outcomes/year=2024/data_0.parquet'] }),
    ).toBe(
      `CREATE OR REPLACE VIEW "outcomes" AS SELECT "enterprise_id", "year", "revenue_idr", "employees", "units_sold" FROM read_parquet(['/d/outcomes/year=2024/data_0.parquet'], hive_partitioning = true, hive_types = {'year': INTEGER})`,
    );
  });

  it('gives a typed empty view to a table without files', () => {
    expect(viewDefinition('/d', 'regions', undefined)).toBe(
      'CREATE OR REPLACE VIEW "regions" AS SELECT CAST(NULL AS VARCHAR) AS "code", CAST(NULL AS VARCHAR) AS "name", CAST(NULL AS VARCHAR) AS "level", CAST(NULL AS VARCHAR) AS "parent_code" WHERE false',
    );
  });

  it('reads a dataset under a folder with a quote and a year=… folder above it, and still prunes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'anyam-view-'));
    const dir = join(root, 'year=1999', "Data O'Brien");
    try {
      await writeSample(dir);
      const dataset = await openDataset(dir);
      expect(
        await dataset.query('SELECT count(*)::INTEGER AS n, min(year) AS y FROM outcomes'),
      ).toEqual([{ n: 12, y: 2022 }]);
      expect(await dataset.query('SELECT count(*)::INTEGER AS n FROM councils')).toEqual([
        { n: 3 },
      ]);
      const plan = await dataset.read(
        'EXPLAIN ANALYZE SELECT count(*) FROM participations WHERE year = $y',
        { y: 2023 },
      );
      const profile = plan.rows.map((row) => String(row[1])).join('\n');
      expect(profile.match(/Total Files Read: \d+/g)).toEqual(['Total Files Read: 1']);
      expect(
        await dataset.query(
          'SELECT year, count(*)::INTEGER AS n FROM participations GROUP BY year ORDER BY year',
        ),
      ).toEqual([
        { year: 2022, n: 2 },
        { year: 2023, n: 1 },
        { year: 2024, n: 4 },
      ]);
      await dataset.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
