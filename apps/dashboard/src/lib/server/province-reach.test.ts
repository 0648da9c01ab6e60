import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as provincesGet } from '../../routes/api/provinces/reach/+server.js';
import { GET as metricsGet } from '../../routes/api/metrics/[name]/+server.js';
import { closeDataset } from './dataset.js';

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
  it("answers each province's reach row in one request, as /api/metrics/reach answers it", async () => {
    const { status, body } = await call(provincesGet as Handler, '/api/provinces/reach?year=2024');
    expect(status).toBe(200);
    expect(body.year).toBe(2024);
    const provinces = body.provinces as { code: string; row: Record<string, unknown> }[];
    expect(provinces.length).toBeGreaterThan(0);
    for (const province of provinces) {
      const single = await call(
        metricsGet as Handler,
        `/api/metrics/reach?region=${province.code}&year=2024`,
        { name: 'reach' },
      );
      expect(province.row).toEqual((single.body.rows as unknown[])[0]);
    }
  });

  it('refuses a parameter it does not take, in one sentence', async () => {
    const { status, body } = await call(provincesGet as Handler, '/api/provinces/reach?region=36');
    expect(status).toBe(400);
    expect(body.error).toBe('Unknown parameter "region": use year.');
  });
});
