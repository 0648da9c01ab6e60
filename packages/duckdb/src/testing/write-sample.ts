import { DuckDBInstance } from '@duckdb/node-api';
import type { MetricInput } from '@anyam/core';
import { loadRecords } from '../load-records.js';
import { writeDataset, type WriteResult } from '../write-dataset.js';
import { sampleRecords } from './sample-records.js';

/** Writes `records` (default the sample) as a dataset in `dir`. Used by the tests only. */
export async function writeSample(
  dir: string,
  records: MetricInput = sampleRecords(),
): Promise<WriteResult> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await loadRecords(connection, records);
    return await writeDataset(connection, dir, {
      createdBy: { command: 'test', seed: 1, scale: 'sample' },
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
