// Recovery: on the Banten demo dataset, impact finds what `generate` planted
// (plantedEffects.coachingRevenue: revenue x1.12 from the year after the first participation on),
// so that the pooled 95% interval contains 12%, and its two engines agree.
import {
  defaultYears,
  impactMetric,
  resolvePeriod,
  type MetricInput,
  type MetricOptions,
  type MetricRow,
} from '@anyam/core';
import { bindParams } from '@anyam/duckdb';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, plantedEffects } from '../index.js';

const { effectPct } = plantedEffects.coachingRevenue;

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let input: MetricInput;

async function rows(sql: string): Promise<MetricRow[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as MetricRow[];
}

async function sqlRows(options: MetricOptions): Promise<MetricRow[]> {
  const query = impactMetric.sql(options);
  const reader = await connection.runAndReadAll(query.sql, bindParams(query.params as never));
  return reader.getRowObjectsJson() as MetricRow[];
}

/** Same rows, same order, same fields; counts exact, other numbers to 1e-9. */
function expectAgree(a: readonly MetricRow[], b: readonly MetricRow[]): void {
  expect(b.length).toBe(a.length);
  a.forEach((row, i) => {
    const other = b[i] as MetricRow;
    expect(Object.keys(other).sort()).toEqual(Object.keys(row).sort());
    for (const [field, value] of Object.entries(row)) {
      const got = other[field];
      if (typeof value === 'number' && typeof got === 'number' && !Number.isInteger(value)) {
        expect(Math.abs(value - got), `row ${i} ${field}`).toBeLessThanOrEqual(1e-9);
      } else {
        expect(got, `row ${i} ${field}`).toEqual(value);
      }
    }
  });
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
  await generate(connection, { scale: 'banten', seed: 42 });
  // The tables impact reads, as records (money as numbers, as in TypeScript).
  input = {
    enterprises: await rows('SELECT * FROM enterprises'),
    artisans: await rows(
      'SELECT artisan_id, enterprise_id, gender, birth_year, registered_on FROM artisans',
    ),
    participations: await rows('SELECT * EXCLUDE (year) FROM participations'),
    outcomes: await rows(
      'SELECT * REPLACE (CAST(revenue_idr AS DOUBLE) AS revenue_idr) FROM outcomes',
    ),
    regions: await rows('SELECT * FROM regions'),
    councils: [],
    programs: [],
    products: [],
    assessments: [],
    practices: [],
    study_visits: [],
    adoptions: [],
    exhibitions: [],
    exhibitors: [],
  } as unknown as MetricInput;
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('impact recovers the planted revenue effect', () => {
  it('puts 12% inside the pooled 95% interval over every year of the dataset, in both engines', async () => {
    // The default period of impact: every year of the dataset.
    const period = resolvePeriod({}, defaultYears(input, 'impact'));
    const options: MetricOptions = { region: '36', ...period };
    const ts = impactMetric.compute(input, options);
    expectAgree(ts, await sqlRows(options));
    const pooled = ts.at(-1) as MetricRow;
    expect(pooled.cohort).toBe('all');
    expect(pooled.treated_n as number).toBeGreaterThan(100);
    expect(pooled.ci_low_pct as number).toBeLessThanOrEqual(effectPct);
    expect(pooled.ci_high_pct as number).toBeGreaterThanOrEqual(effectPct);
    // A real effect, not a null one: the interval lies above 0 and the estimate near 12%.
    expect(pooled.ci_low_pct as number).toBeGreaterThan(0);
    expect(Math.abs((pooled.effect_pct as number) - effectPct)).toBeLessThan(6);
    // Cohorts ascend as strings, and every estimated one is in the pool.
    const cohorts = ts.slice(0, -1);
    expect(cohorts.map((row) => row.cohort)).toEqual([...cohorts.map((row) => row.cohort)].sort());
    const estimated = cohorts.filter((row) => row.did !== null);
    expect(estimated.length).toBeGreaterThan(0);
    expect(pooled.treated_n).toBe(
      estimated.reduce((sum, row) => sum + (row.treated_n as number), 0),
    );
  });

  it('agrees across engines for one regency and a two-year period', async () => {
    const options: MetricOptions = { region: '36.03', from: '2022-01-01', to: '2023-12-31' };
    const ts = impactMetric.compute(input, options);
    expect(ts.length).toBeGreaterThan(1);
    expectAgree(ts, await sqlRows(options));
  });
});
