// Recovery: on the Banten demo dataset, competitiveness, advice and RCA find what `generate`
// planted (plantedEffects.strongestRegion: Kabupaten Tangerang, 36.03, makes the strongest
// products and hosts the most study visits), and their two engines agree on it.
import {
  adviceMetric,
  competitivenessMetric,
  rankUncertainty,
  rcaMetric,
  type MetricDefinition,
  type MetricInput,
  type MetricOptions,
  type MetricRow,
} from '@anyam/core';
import { bindParams } from '@anyam/duckdb';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, plantedEffects } from '../index.js';

const { regionCode: tangerang, councilId: tangerangCouncil } = plantedEffects.strongestRegion;
const options: MetricOptions = { region: '36', from: '2025-01-01', to: '2025-12-31' };

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let input: MetricInput;

async function rows(sql: string): Promise<MetricRow[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as MetricRow[];
}

async function sqlRows(definition: MetricDefinition, opts: MetricOptions): Promise<MetricRow[]> {
  const query = definition.sql(opts);
  const reader = await connection.runAndReadAll(query.sql, bindParams(query.params as never));
  const result = reader.getRowObjectsJson() as MetricRow[];
  return definition.finish ? definition.finish(result, opts) : result;
}

/** Same rows, same order, same fields; numbers to 1e-9 (relative above 1). */
function expectAgree(a: readonly MetricRow[], b: readonly MetricRow[]): void {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    const other = b[i] as MetricRow;
    expect(Object.keys(other)).toEqual(Object.keys(row));
    for (const [field, value] of Object.entries(row)) {
      const got = other[field];
      if (typeof value === 'number' && typeof got === 'number') {
        expect(Math.abs(value - got), `row ${i} ${field}`).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(value)),
        );
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
  // The tables the three metrics read, as records (money as numbers, as in TypeScript).
  input = {
    councils: await rows('SELECT * FROM councils'),
    enterprises: await rows('SELECT * FROM enterprises'),
    products: await rows(
      'SELECT * REPLACE (CAST(unit_price_idr AS DOUBLE) AS unit_price_idr) FROM products',
    ),
    assessments: await rows('SELECT * EXCLUDE (year) FROM assessments'),
    study_visits: await rows('SELECT * FROM study_visits'),
    adoptions: await rows('SELECT * FROM adoptions'),
    outcomes: await rows(
      'SELECT * REPLACE (CAST(revenue_idr AS DOUBLE) AS revenue_idr) FROM outcomes',
    ),
    regions: await rows('SELECT * FROM regions'),
    artisans: [],
    programs: [],
    participations: [],
    practices: [],
    exhibitions: [],
    exhibitors: [],
  } as unknown as MetricInput;
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('competitiveness recovers the strongest region', () => {
  it('puts Kabupaten Tangerang first by mean and median PCI and by quality, in both engines', async () => {
    const byRegion = { ...options, by: 'region' as const };
    const ts = competitivenessMetric.compute(input, byRegion);
    expectAgree(ts, await sqlRows(competitivenessMetric, byRegion));
    const children = ts.filter((row) => row.region_code !== '36');
    expect(children).toHaveLength(8);
    const best = (field: string) =>
      [...children].sort((a, b) => (b[field] as number) - (a[field] as number))[0]?.region_code;
    expect(best('pci_mean')).toBe(tangerang);
    expect(best('pci_median')).toBe(tangerang);
    expect(best('quality')).toBe(tangerang);
    // Its lead survives other plausible weights.
    const spread = rankUncertainty(children, { seed: 42, n: 300 });
    expect(spread.find((s) => s.key === tangerang)).toMatchObject({ median_rank: 1 });
  });

  it('agrees across engines under geometric and custom weights too', async () => {
    for (const extra of [
      { weighting: 'geometric' as const },
      { weights: [0.4, 0.2, 0.2, 0.2] as const, by: 'craft_category' as const },
    ]) {
      const opts = { ...options, ...extra };
      expectAgree(
        competitivenessMetric.compute(input, opts),
        await sqlRows(competitivenessMetric, opts),
      );
    }
  });
});

describe('advice recovers the council to visit', () => {
  it('sends Pandeglang to Kabupaten Tangerang for quality, the most visited host', async () => {
    const opts = { ...options, council: 'DKR-36.01', dimension: 'quality' as const };
    const ts = adviceMetric.compute(input, opts);
    expectAgree(ts, await sqlRows(adviceMetric, opts));
    expect(ts[0]).toMatchObject({ council_id: tangerangCouncil, rank: 1 });
    expect(ts[0]?.gap as number).toBeGreaterThan(0);
    const visits = ts.map((row) => row.visits_hosted as number);
    expect(ts[0]?.visits_hosted).toBe(Math.max(...visits));
    expect((ts[0]?.reasons as string[])[0]).toMatch(
      /^Produk Kab\. Tangerang unggul \d+ poin pada kualitas$/,
    );
  });

  it('agrees across engines on the default dimension, in English', async () => {
    const opts = { ...options, council: 'DKR-36.02', lang: 'en' as const };
    const ts = adviceMetric.compute(input, opts);
    expect(ts.length).toBeGreaterThan(0);
    expectAgree(ts, await sqlRows(adviceMetric, opts));
  });
});

describe('rca on the demo dataset', () => {
  it('agrees across engines, one row per earning region and category', async () => {
    const ts = rcaMetric.compute(input, options);
    expectAgree(ts, await sqlRows(rcaMetric, options));
    expect(new Set(ts.map((row) => row.region_code)).size).toBe(8);
  });
});
