// The national scope `region=ID` (the whole country, provinces as its children) on every endpoint
// that takes a region, over the Banten test dataset (one province with data); unknown codes keep
// their 400 with one sentence.
import { metricNames } from '@anyam/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as metricsGet } from '../../routes/api/metrics/[name]/+server.js';
import { GET as regionsGet } from '../../routes/api/regions/+server.js';
import { GET as overviewGet } from '../../routes/api/overview/+server.js';
import { GET as productsGet } from '../../routes/api/products/pci/+server.js';
import { GET as networkGet } from '../../routes/api/network/+server.js';
import { GET as diffusionGet } from '../../routes/api/diffusion/+server.js';
import { GET as adviceGet } from '../../routes/api/advice/+server.js';
import { GET as councilsGet } from '../../routes/api/councils/+server.js';
import { closeDataset } from './dataset.js';
import { computeBrief } from '../brief/compute.server.js';
import { productSample } from '../product-sample.js';

type Handler = (event: never) => Response | Promise<Response>;

async function call(handler: Handler, path: string, params: Record<string, string> = {}) {
  const url = new URL(path, 'http://localhost');
  const response = await handler({ params, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const metric = (name: string, query: string) =>
  call(metricsGet as Handler, `/api/metrics/${name}${query}`, { name });

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

describe('GET /api/regions?region=ID', () => {
  it('answers the whole country, named Indonesia, with the provinces of the reference as children', async () => {
    const { status, body } = await call(regionsGet as Handler, '/api/regions?region=ID');
    expect(status).toBe(200);
    expect(body.region).toEqual({
      code: 'ID',
      name: 'Indonesia',
      level: 'national',
      parent_code: null,
    });
    expect(body.ancestors).toEqual([]);
    const children = body.children as { code: string; level: string }[];
    expect(children.map((child) => child.code)).toContain('36');
    expect(children.every((child) => child.level === 'province')).toBe(true);
    expect((body.provinces as { code: string }[]).map((row) => row.code)).toEqual(['36']);
  });

  it('still answers 400 with one sentence for a code that is neither ID nor in the reference', async () => {
    for (const code of ['id', 'IDN', 'ID.36', '42']) {
      const { status, body } = await call(regionsGet as Handler, `/api/regions?region=${code}`);
      expect(status).toBe(400);
      expect(body.error).toMatch(/^Region ".*" is not in the region reference: use ID/);
    }
  });
});

describe('GET /api/metrics/NAME?region=ID', () => {
  it('gives one reach row per province in one answer, Banten with its own figures', async () => {
    const national = await metric('reach', '?region=ID&year=2024&by=region');
    expect(national.status).toBe(200);
    expect(national.body.region).toBe('ID');
    const rows = national.body.rows as { region_code: string; eligible_artisans: number }[];
    const regions = await call(regionsGet as Handler, '/api/regions?region=ID');
    expect(rows.map((row) => row.region_code)).toEqual(
      (regions.body.children as { code: string }[]).map((child) => child.code),
    );
    const banten = await metric('reach', '?region=36&year=2024');
    const own = (banten.body.rows as Record<string, unknown>[])[0];
    expect(rows.find((row) => row.region_code === '36')).toEqual(own);
    expect(
      rows.filter((row) => row.region_code !== '36').every((row) => row.eligible_artisans === 0),
    ).toBe(true);
  });

  it('answers every metric at ID as at Banten, the only province with data (RCA by province)', async () => {
    const councils = await call(councilsGet as Handler, '/api/councils?region=36');
    const council = (councils.body.councils as { council_id: string }[])[0]!.council_id;
    for (const name of metricNames) {
      const extra = name === 'advice' ? `&council=${council}` : '';
      const national = await metric(name, `?region=ID&year=2024${extra}`);
      expect([name, national.status]).toEqual([name, 200]);
      // RCA compares each child with its scope: at ID the children are provinces.
      if (name === 'rca') {
        const codes = (national.body.rows as { region_code: string }[]).map((r) => r.region_code);
        expect(codes.length).toBeGreaterThan(0);
        expect(codes.every((code) => code === '36')).toBe(true);
        continue;
      }
      const banten = await metric(name, `?region=36&year=2024${extra}`);
      // Sums in another order may differ in the last bits of a double: compared to 10 digits.
      const key = (rows: unknown) =>
        JSON.stringify(rows, (_, value: unknown) =>
          typeof value === 'number' && !Number.isInteger(value)
            ? Number(value.toPrecision(10))
            : value,
        ).replaceAll('"region_code":"ID"', '"region_code":"36"');
      expect([name, key(national.body.rows)]).toEqual([name, key(banten.body.rows)]);
    }
  });

  it('refuses a region that is not ID in capitals with a 400', async () => {
    const { status, body } = await metric('reach', '?region=id&year=2024');
    expect(status).toBe(400);
    expect(String(body.error)).toContain('ID (all of Indonesia)');
  });
});

describe('GET /api/products/pci?region=ID', () => {
  it('answers each province with a quantile sample of its products and their count', async () => {
    const national = await call(productsGet as Handler, '/api/products/pci?region=ID&year=2024');
    const banten = await call(productsGet as Handler, '/api/products/pci?region=36&year=2024');
    expect(national.status).toBe(200);
    // Banten's regencies hold more products than the sample too: its count is their totals'.
    const count = Object.values(banten.body.totals as Record<string, number>).reduce(
      (sum, n) => sum + n,
      0,
    );
    expect(count).toBeGreaterThan(productSample);
    expect(national.body.totals).toEqual({ '36': count });
    const sample = (national.body.rows as { region_code: string; pci: number }[]).map(
      (row) => row.pci,
    );
    expect(sample).toHaveLength(productSample);
    // The province's lowest and highest PCI are kept: those of its regencies' samples.
    const regencies = (banten.body.rows as { pci: number | null }[]).flatMap((row) =>
      row.pci === null ? [] : [row.pci],
    );
    expect(sample[0]).toBe(Math.min(...regencies));
    expect(sample.at(-1)).toBe(Math.max(...regencies));
  });
});

describe('the pages’ other endpoints at region=ID', () => {
  it('answer 200 (overview, products, network, diffusion, advice, councils)', async () => {
    const councils = await call(councilsGet as Handler, '/api/councils?region=ID');
    expect(councils.status).toBe(200);
    const council = (councils.body.councils as { council_id: string }[])[0]!.council_id;
    const answers = await Promise.all([
      call(overviewGet as Handler, '/api/overview?region=ID&year=2024'),
      call(productsGet as Handler, '/api/products/pci?region=ID&year=2024'),
      call(networkGet as Handler, '/api/network?region=ID&year=2024'),
      call(diffusionGet as Handler, '/api/diffusion?region=ID&year=2024'),
      call(adviceGet as Handler, `/api/advice?region=ID&year=2024&council=${council}`),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
  });
});

describe('the regional brief at region=ID', () => {
  it('is a 400 with one sentence (a brief is a council’s province or regency), not a crash', async () => {
    await expect(computeBrief(new URLSearchParams('region=ID&year=2024'))).rejects.toMatchObject({
      status: 400,
      message:
        'The regional brief is for a province or regency, not ID (all of Indonesia): choose a region such as 36 or 36.03.',
    });
  });
});
