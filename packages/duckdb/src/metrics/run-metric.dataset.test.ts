import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecords } from '../load-records.js';
import { openDataset, type DatasetHandle } from '../open-dataset.js';
import { writeDataset } from '../write-dataset.js';
import { runMetric, type MetricQueryable } from './run-metric.js';
import { workedExample } from './worked-example.js';

let root: string;
let dataset: DatasetHandle;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-run-metric-dataset-'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await loadRecords(connection, workedExample);
  await writeDataset(connection, join(root, 'data'), { createdBy: { command: 'test' } });
  connection.closeSync();
  instance.closeSync();
  dataset = await openDataset(join(root, 'data'), { poolSize: 1 });
}, 60_000);
afterAll(async () => {
  await dataset?.close();
  await rm(root, { recursive: true, force: true });
});

describe('runMetric over an opened dataset', () => {
  it('reads the region reference once, and still refuses a region missing from it', async () => {
    const asked: string[] = [];
    const counting: MetricQueryable = {
      manifest: dataset.manifest,
      query: (sql, params) => {
        asked.push(sql);
        return dataset.query(sql, params);
      },
    };
    const first = await runMetric(counting, 'reach', { region: '36', year: 2024 });
    const again = await runMetric(counting, 'reach', { region: '36', year: 2024 });
    expect(again.rows).toEqual(first.rows);
    await expect(runMetric(counting, 'reach', { region: '36.04', year: 2024 })).rejects.toThrow(
      "Region 36.04 is not in the dataset's region reference.",
    );
    expect(
      asked.filter((sql) => /FROM regions\b/.test(sql) && !/WITH|JOIN/.test(sql)),
    ).toHaveLength(1);
    // Each request still runs its metric query.
    expect(asked.length).toBe(3);
  });
});
