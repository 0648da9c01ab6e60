import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as provincesGet } from '../../routes/api/provinces/reach/+server.js';
import { GET as metricsGet } from '../../routes/api/metrics/[name]/+server.js';
import { GET as regionsGet } from '../../routes/api/regions/+server.js';
import type { MetricRow } from '@anyam/core';
import type { DatasetHandle } from '@anyam/duckdb';
import { clearCache } from './api.js';
import { closeDataset, getDataset } from './dataset.js';

type Handler = (event: never) => Response | Promise<Response>;

async function call(handler: Handler, path: string, params: Record<string, string> = {}) {
  const url = new URL(path, 'http://localhost');
  const response = await handler({ params, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

describe('GET /api/provinces/reach', () => {
  it("answers each province's reach row of /api/metrics/reach?region=ID&by=region, named", async () => {
    const { status, body } = await call(provincesGet as Handler, '/api/provinces/reach?year=2024');
    expect(status).toBe(200);
    expect(body.year).toBe(2024);
    const provinces = body.provinces as { code: string; name: string; row: MetricRow | null }[];
    const regions = await call(regionsGet as Handler, '/api/regions');
    expect(provinces.map((p) => [p.code, p.name])).toEqual(
      (regions.body.provinces as { code: string; name: string }[]).map((p) => [p.code, p.name]),
    );
    const national = await call(
      metricsGet as Handler,
      '/api/metrics/reach?region=ID&by=region&year=2024',
      { name: 'reach' },
    );
    const rows = national.body.rows as MetricRow[];
    expect(rows.length).toBeGreaterThan(0);
    for (const province of provinces)
      expect(province.row).toEqual(rows.find((row) => row.region_code === province.code) ?? null);
    // The Banten test dataset: its province has artisans, so its row is there and counts them.
    expect(provinces.find((p) => p.code === '36')?.row?.eligible_artisans).toBeGreaterThan(0);
  });

  it('runs one query for the whole map, where it ran one per province', async () => {
    clearCache();
    await call(regionsGet as Handler, '/api/regions');
    await call(provincesGet as Handler, '/api/provinces/reach?year=2023'); // the dataset's years
    const handle = (await getDataset()) as DatasetHandle & Record<'query' | 'read', unknown>;
    const { query, read } = handle;
    const sql: string[] = [];
    handle.query = ((text: string, params?: never) => {
      sql.push(text);
      return (query as DatasetHandle['query'])(text, params);
    }) as DatasetHandle['query'];
    handle.read = ((text: string, params?: never) => {
      sql.push(text);
      return (read as DatasetHandle['read'])(text, params);
    }) as DatasetHandle['read'];
    try {
      const { status } = await call(provincesGet as Handler, '/api/provinces/reach?year=2024');
      expect(status).toBe(200);
    } finally {
      handle.query = query;
      handle.read = read;
    }
    expect(sql).toHaveLength(1);
  });

  it('refuses a parameter it does not take, in one sentence', async () => {
    const { status, body } = await call(provincesGet as Handler, '/api/provinces/reach?region=36');
    expect(status).toBe(400);
    expect(body.error).toBe('Unknown parameter "region": use year.');
  });
});
