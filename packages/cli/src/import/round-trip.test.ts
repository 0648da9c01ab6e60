import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { metricDefinitions, tableNames, type MetricName, type TableName } from '@anyam/core';
import { openDataset, runMetric, writeDataset } from '@anyam/duckdb';
import { generate } from '@anyam/synth';
import { rowDifferences } from '../../../duckdb/src/metrics/engines.testkit.js';
import { exportCsv, exportXlsx } from './export-tables.js';
import { tempDir } from './fixture.test-support.js';
import { runImport } from './run-import.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
const counts = {} as Record<TableName, number>;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await generate(connection, { scale: 'banten', seed: 42 });
  for (const table of tableNames) {
    const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM "${table}"`);
    counts[table] = Number(reader.getRowObjectsJson()[0]?.n);
  }
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

test('the synthetic Banten dataset exported as CSV imports back to the same row counts, reach and competitiveness', async () => {
  const dir = await tempDir();
  await exportCsv(connection, join(dir, 'banten'));
  const out = join(dir, 'dataset');
  const result = await runImport({
    inputs: [join(dir, 'banten')],
    out,
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.report?.problems.slice(0, 5)).toEqual([]);
  expect(result.exitCode).toBe(0);
  for (const table of tableNames)
    expect([table, result.report?.tables[table].imported]).toEqual([table, counts[table]]);
  expect(counts.participations).toBeGreaterThan(1000);

  // The same data gives the same answers: reach and competitiveness over the imported dataset
  // equal those over the generated one written directly.
  await writeDataset(connection, join(dir, 'original'), { createdBy: { command: 'test' } });
  const original = await openDataset(join(dir, 'original'));
  const imported = await openDataset(out);
  try {
    for (const name of ['reach', 'competitiveness'] as MetricName[]) {
      const expected = await runMetric(original, name, { region: '36', by: 'region' });
      expect(expected.rows.length).toBeGreaterThan(0);
      const actual = await runMetric(imported, name, { region: '36', by: 'region' });
      expect({ ...actual, rows: [] }).toEqual({ ...expected, rows: [] });
      // Counts exactly, means to 1e-9 (metrics.md's tolerance): DuckDB sums doubles in parallel,
      // so two files holding the same rows may differ in the last bits of a mean.
      expect(
        rowDifferences(actual.rows, expected.rows, metricDefinitions[name].suppression.counts),
      ).toEqual([]);
    }
  } finally {
    await original.close();
    await imported.close();
  }
});

test('the synthetic Banten dataset exported as an Excel workbook imports back to the same row counts', async () => {
  const dir = await tempDir();
  await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'banten')));
  await exportXlsx(connection, join(dir, 'banten', 'banten.xlsx'));
  const result = await runImport({
    inputs: [join(dir, 'banten')],
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.report?.problems.slice(0, 5)).toEqual([]);
  expect(result.exitCode).toBe(0);
  for (const table of tableNames)
    expect([table, result.report?.tables[table].imported]).toEqual([table, counts[table]]);
});
