import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDictionary } from '@anyam/core';
import { datasetTableNames, viewColumns } from './dataset-tables.js';
import { openDataset, type DatasetHandle } from './open-dataset.js';
import { createPool } from './pool.js';
import { writeSample } from './testing/write-sample.js';

// data/ at the repository root: the analysts' schema.sql and example queries.
const dataFolder = fileURLToPath(new URL('../../../data/', import.meta.url));
let root: string;
let dataset: DatasetHandle;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-examples-'));
  await writeSample(join(root, 'data', 'export'));
  dataset = await openDataset(join(root, 'data', 'export'));
});

afterAll(async () => {
  await dataset.close();
  await rm(root, { recursive: true, force: true });
});

const queryFiles = (await readdir(join(dataFolder, 'queries')))
  .filter((name) => name.endsWith('.sql'))
  .sort();

describe('data/queries/*.sql', () => {
  it('holds at least five example queries, each opening with a question', async () => {
    expect(queryFiles.length).toBeGreaterThanOrEqual(5);
    for (const file of queryFiles) {
      expect(await readFile(join(dataFolder, 'queries', file), 'utf8'), file).toMatch(
        /^-- Question: /,
      );
    }
  });

  it.each(queryFiles)('%s returns rows over the views of openDataset', async (file) => {
    const sql = await readFile(join(dataFolder, 'queries', file), 'utf8');
    const result = await dataset.read(sql);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.columns.length).toBeGreaterThan(1);
  });
});

describe('data/schema.sql', () => {
  it('creates the same views, with the same columns and types, as openDataset', async () => {
    const schema = await readFile(join(dataFolder, 'schema.sql'), 'utf8');
    const pool = await createPool({ size: 1 });
    try {
      // schema.sql is relative to the folder duckdb starts in; point it at the test's dataset.
      await pool.use(async (connection) => {
        await connection.run(
          schema.replaceAll("'data/export/", `'${join(root, 'data', 'export')}/`),
        );
      });
      for (const table of datasetTableNames) {
        const describe = `SELECT column_name, column_type FROM (DESCRIBE ${table})`;
        expect(await pool.query(describe), table).toEqual(await dataset.query(describe));
        const count = `SELECT count(*)::INTEGER AS n FROM ${table}`;
        expect(await pool.query(count), table).toEqual(await dataset.query(count));
      }
      const byYear =
        'SELECT year, count(*)::INTEGER AS n FROM outcomes WHERE year >= 2023 GROUP BY year ORDER BY year';
      expect(await pool.query(byYear)).toEqual(await dataset.query(byYear));
      // COMMENT ON VIEW / COLUMN ran over the views: each carries core's meaning.
      const views = await pool.query(
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'",
      );
      const columns = await pool.query(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main'",
      );
      for (const table of datasetTableNames) {
        expect(views.find((view) => view.view_name === table)?.comment, table).toBe(
          dataDictionary[table].table.en,
        );
        for (const column of viewColumns(table)) {
          const note = dataDictionary[table].columns[column.name];
          const comment = columns.find(
            (row) => row.table_name === table && row.column_name === column.name,
          )?.comment;
          expect(comment, `${table}.${column.name}`).toBe(
            note?.unit === undefined ? note?.en : `${note.en} [${note.unit}]`,
          );
        }
      }
      // the partition year's meaning has a straight quote (that year's files): doubled, it survives
      expect(
        columns.find((row) => row.table_name === 'participations' && row.column_name === 'year')
          ?.comment,
      ).toContain("that year's files");
    } finally {
      await pool.close();
    }
  });
});
