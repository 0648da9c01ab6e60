// Test support (not exported by the package): an in-memory DuckDB holding some records, opened
// before a test file's tests and closed after them, read the way `runMetric` reads a dataset.
import type { MetricInput } from '@anyam/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll } from 'vitest';
import { loadRecords } from '../load-records.js';
import { connectionQueryable } from './connection-queryable.js';
import type { MetricQueryable } from './run-metric.js';

/**
 * Registers the hooks that load `records` into a fresh in-memory DuckDB before the tests of the
 * enclosing file (or describe block) and close it after; returns the queryable to run over.
 *
 *     const db = useRecordsDb(workedExample);
 *     it('reads', async () => expect((await runMetric(db(), 'reach', {})).metric).toBe('reach'));
 */
export function useRecordsDb(records: MetricInput): () => MetricQueryable {
  let close: (() => void) | undefined;
  let db: MetricQueryable | undefined;
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    close = () => {
      connection.closeSync();
      instance.closeSync();
    };
    await loadRecords(connection, records);
    db = connectionQueryable(connection);
  });
  afterAll(() => close?.());
  return () => {
    if (!db)
      throw new Error('The records database is used outside a test (records-db.testkit.ts).');
    return db;
  };
}
