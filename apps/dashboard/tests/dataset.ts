/**
 * The Banten demo dataset the tests run against, generated once (seed 42) into
 * apps/dashboard/.test-data/banten with @anyam/synth and written with @anyam/duckdb, the same
 * code path as `anyam generate`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeDataset } from '@anyam/duckdb';
import { generate } from '@anyam/synth';

export const testDataDir = fileURLToPath(new URL('../.test-data/banten', import.meta.url));

export async function ensureTestDataset(dir: string = testDataDir): Promise<string> {
  if (existsSync(`${dir}/manifest.json`)) return dir;
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    await generate(connection, { scale: 'banten', seed: 42 });
    await writeDataset(connection, dir, {
      createdBy: { command: 'generate', seed: 42, scale: 'banten' },
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return dir;
}
