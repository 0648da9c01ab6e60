import { metricDefinitions, metricNames, MetricOptionsError, reach } from '@anyam/core';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecords } from '../load-records.js';
import { connectionQueryable } from './connection-queryable.js';
import { rowDifferences } from './row-differences.js';
import { runMetric, type MetricQueryable } from './run-metric.js';
import { workedExample } from './worked-example.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let db: MetricQueryable;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await loadRecords(connection, workedExample);
  db = connectionQueryable(connection);
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('runMetric', () => {
  it('returns the CLI JSON shape with the period and rows of the TypeScript function', async () => {
    const result = await runMetric(db, 'reach', { region: '36', year: '2024', by: 'region' });
    expect(result).toMatchObject({
      metric: 'reach',
      region: '36',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(
      rowDifferences(
        reach(workedExample, { region: '36', from: '2024-01-01', to: '2024-12-31', by: 'region' }),
        result.rows,
      ),
    ).toEqual([]);
  });

  it('defaults to the latest year with a participation (2025 in the example)', async () => {
    const result = await runMetric(db, 'retention', {});
    expect([result.region, result.from, result.to]).toEqual(['36', '2025-01-01', '2025-12-31']);
  });

  it('turns BIGINT text into numbers when the queryable has only `query`', async () => {
    const queryOnly: MetricQueryable = { query: db.query };
    const result = await runMetric(queryOnly, 'reach', { year: 2024 });
    expect(result.rows[0]?.eligible_artisans).toBe(5);
    expect(result.rows[0]?.region_code).toBe('36');
  });

  it('suppresses small cells when asked', async () => {
    const result = await runMetric(db, 'retention', { year: 2024, suppress: true });
    expect(result.rows).toEqual([
      {
        region_code: '36',
        reached: null,
        retained: null,
        retention_rate: null,
        suppressed: ['reached', 'retained', 'retention_rate'],
      },
    ]);
    const loose = await runMetric(db, 'retention', { year: 2024, suppress: { k: 1 } });
    expect(loose.rows).toEqual([
      { region_code: '36', reached: 3, retained: 1, retention_rate: 1 / 3, suppressed: [] },
    ]);
  });

  it('refuses a region missing from the dataset and bad options with one sentence', async () => {
    await expect(runMetric(db, 'reach', { region: '36.04' })).rejects.toThrow(
      "Region 36.04 is not in the dataset's region reference.",
    );
    await expect(runMetric(db, 'reach', { year: '24' })).rejects.toBeInstanceOf(MetricOptionsError);
    await expect(runMetric(db, 'reach', { by: 'council' })).rejects.toThrow(
      'reach can be broken down --by region or craft_category or program_type, not "council".',
    );
  });

  it('runs every registered metric with the same rows as its TypeScript function', async () => {
    for (const name of metricNames) {
      const definition = metricDefinitions[name];
      if (!definition) continue;
      const raw = name === 'advice' ? { council: 'C1', year: 2024 } : { year: 2024 };
      const result = await runMetric(db, name, raw);
      const options = {
        region: '36',
        from: '2024-01-01',
        to: '2024-12-31',
        ...(name === 'advice' ? { council: 'C1' } : {}),
      };
      expect({
        name,
        differences: rowDifferences(definition.compute(workedExample, options), result.rows),
      }).toEqual({ name, differences: [] });
    }
  });
});
