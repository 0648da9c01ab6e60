import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { MetricRow } from '@anyam/core';
import type { DatasetHandle } from '@anyam/duckdb';
import { clearCache, metricResponse } from './api.js';
import { closeDataset, getDataset } from './dataset.js';
import { impactUpTo, overviewResponse } from './overview.js';

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

/** Counts the SQL statements the dataset runs while `fn` runs. */
async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const handle = (await getDataset()) as DatasetHandle & Record<'query' | 'read', unknown>;
  const { query, read } = handle;
  const sql: string[] = [];
  const spy =
    <A extends unknown[], R>(original: (text: string, ...rest: A) => R) =>
    (text: string, ...rest: A): R => {
      sql.push(text);
      return original(text, ...rest);
    };
  handle.query = spy(query as DatasetHandle['query']);
  handle.read = spy(read as DatasetHandle['read']);
  try {
    return { result: await fn(), sql };
  } finally {
    handle.query = query;
    handle.read = read;
  }
}

const pooledRow = async (region: string, from: number, to: number) =>
  (
    await metricResponse(
      'impact',
      new URLSearchParams({ region, from: `${from}-01-01`, to: `${to}-12-31` }),
    )
  ).rows.find((row) => row.cohort === 'all');

describe('overviewResponse', () => {
  it('computes impact once for both years, each figure once, in fewer queries than metric by metric', async () => {
    clearCache();
    // The region reference and the dataset's years, cached once for every request.
    await overviewResponse(new URLSearchParams({ region: '36.01', year: '2024' }));
    const { sql } = await countQueries(() =>
      overviewResponse(new URLSearchParams({ region: '36', year: '2024' })),
    );
    // Impact's SQL is the only one with a pooled CTE.
    expect(sql.filter((text) => text.includes('pooled AS (')).length).toBe(1);
    const visits = sql.filter((text) => text.includes('FROM study_visits v'));
    expect(visits.length).toBe(1);
    // Reach, competitiveness and diffusion for two years, impact once, visits once: 7 metric runs
    // and the visits, where it was 8 runs and two visit counts, each run with a region check
    // (runMetric now reads a dataset's region codes once).
    expect(sql.length).toBe(7 + 1);
  });

  it("gives each year the revenue effect impact answers for that year's period", async () => {
    clearCache();
    const { current, previous } = await overviewResponse(
      new URLSearchParams({ region: '36', year: '2024' }),
    );
    const span = (await metricResponse('impact', new URLSearchParams({ region: '36' }))).from;
    const firstYear = Number(span.slice(0, 4));
    const now = await pooledRow('36', firstYear, 2024);
    const before = await pooledRow('36', firstYear, 2023);
    for (const [headline, row] of [
      [current, now],
      [previous, before],
    ] as const) {
      expect(row?.effect_pct).toEqual(expect.any(Number));
      expect(headline?.effect_pct).toBeCloseTo(row?.effect_pct as number, 9);
      expect(headline?.effect_ci_low_pct).toBeCloseTo(row?.ci_low_pct as number, 9);
      expect(headline?.effect_ci_high_pct).toBeCloseTo(row?.ci_high_pct as number, 9);
    }
  });

  it("is impact's own pooled row in the dataset's last year", async () => {
    const all = await metricResponse('impact', new URLSearchParams({ region: '36' }));
    const last = Number(all.to.slice(0, 4));
    const { current } = await overviewResponse(
      new URLSearchParams({ region: '36', year: String(last) }),
    );
    const row = all.rows.find((r) => r.cohort === 'all');
    expect(current.effect_pct).toBe(row?.effect_pct);
    expect(current.effect_ci_high_pct).toBe(row?.ci_high_pct);
  });

  it("shares one impact computation between a region's years and the impact page", async () => {
    clearCache();
    await overviewResponse(new URLSearchParams({ region: '36', year: '2024' }));
    const { sql } = await countQueries(async () => {
      await overviewResponse(new URLSearchParams({ region: '36', year: '2023' }));
      await metricResponse('impact', new URLSearchParams({ region: '36' }));
    });
    expect(sql.filter((text) => text.includes('pooled AS (')).length).toBe(0);
  });

  it('shares its answers with the metric endpoints: a second overview runs no query', async () => {
    clearCache();
    await overviewResponse(new URLSearchParams({ region: '36', year: '2024' }));
    const { sql } = await countQueries(async () => {
      await overviewResponse(new URLSearchParams({ region: '36', year: '2024' }));
      await metricResponse('reach', new URLSearchParams({ year: '2024', region: '36' }));
      await metricResponse(
        'reach',
        new URLSearchParams({ region: '36', from: '2024-01-01', to: '2024-12-31' }),
      );
    });
    expect(sql).toEqual([]);
  });
});

describe('impactUpTo', () => {
  const rows: MetricRow[] = [
    { cohort: '2022', treated_n: 10, comparison_n: 40, did: 0.1, se: 0.02 },
    { cohort: '2023', treated_n: 30, comparison_n: 60, did: 0.2, se: 0.04 },
    { cohort: '2024', treated_n: 3, comparison_n: 60, did: 0.5, se: 0.1 },
    { cohort: 'all', treated_n: 43, comparison_n: 160, did: 0.2, se: 0.03, effect_pct: 22 },
  ];

  it("is the SQL's pooled row for the period's last year", () => {
    expect(impactUpTo(rows, 2024, 2024)).toMatchObject({ treated_n: 43, effect_pct: 22 });
  });

  it('pools the cohorts up to an earlier year', () => {
    const row = impactUpTo(rows, 2023, 2024);
    expect(row.treated_n).toBe(40);
    expect(row.comparison_n).toBe(100);
    expect(row.did).toBeCloseTo(0.175, 12);
    expect(row.effect_pct).toBeCloseTo(100 * (Math.exp(0.175) - 1), 9);
  });

  it('hides an estimate over fewer than k treated enterprises', () => {
    const row = impactUpTo(rows, 2022, 2024);
    expect(row.treated_n).toBe(10);
    const small = impactUpTo(
      [{ cohort: '2022', treated_n: 3, comparison_n: 40, did: 0.1, se: 0.02 }, ...rows.slice(3)],
      2022,
      2024,
    );
    expect(small.treated_n).toBeNull();
    expect(small.effect_pct).toBeNull();
    expect(small.suppressed).toContain('effect_pct');
  });
});
