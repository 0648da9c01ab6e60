import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as metricsGet } from '../../routes/api/metrics/[name]/+server.js';
import { GET as healthGet } from '../../routes/api/health/+server.js';
import { GET as regionsGet } from '../../routes/api/regions/+server.js';
import { GET as productsGet } from '../../routes/api/products/pci/+server.js';
import { GET as overviewGet } from '../../routes/api/overview/+server.js';
import { closeDataset } from './dataset.js';

type Handler = (event: never) => Response | Promise<Response>;

// The handlers read only `params` and `url` of SvelteKit's request event.
async function call(handler: Handler, path: string, params: Record<string, string> = {}) {
  const url = new URL(path, 'http://localhost');
  const response = await handler({ params, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const metric = (name: string, query = '') =>
  call(metricsGet as Handler, `/api/metrics/${name}${query}`, { name });

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

describe('GET /api/health', () => {
  it('answers ok with a summary of the manifest', async () => {
    const { status, body } = await call(healthGet as Handler, '/api/health');
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    const dataset = body.dataset as Record<string, unknown>;
    expect(dataset.created_by).toMatchObject({ command: 'generate', scale: 'banten' });
    expect((dataset.tables as Record<string, number>).artisans).toBeGreaterThan(0);
    expect(dataset.last_year).toBeGreaterThanOrEqual(dataset.first_year as number);
  });

  it('answers 503 with one sentence when the dataset is missing', async () => {
    const saved = process.env.ANYAM_DATA;
    process.env.ANYAM_DATA = '/nonexistent/anyam-dataset';
    try {
      const { status, body } = await call(healthGet as Handler, '/api/health');
      expect(status).toBe(503);
      expect(body.ok).toBe(false);
      expect(body.error).toMatch(/^There is no dataset in the folder ANYAM_DATA names/);
      expect(body.error).not.toContain('/nonexistent');
    } finally {
      process.env.ANYAM_DATA = saved;
    }
  });
});

describe('GET /api/metrics/NAME', () => {
  it('returns the CLI shape for reach with one suppressed-aware row', async () => {
    const { status, body } = await metric('reach', '?region=36&year=2024');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      metric: 'reach',
      region: '36',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    const rows = body.rows as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ region_code: '36', suppressed: [] });
    expect(typeof rows[0]!.reached_artisans).toBe('number');
    expect(rows[0]!.reach_rate as number).toBeGreaterThan(0);
  });

  it('gives a row per regency of Banten by region', async () => {
    const { body } = await metric('reach', '?region=36&year=2024&by=region');
    const codes = (body.rows as { region_code: string }[]).map((row) => row.region_code);
    expect(codes).toEqual(
      expect.arrayContaining([
        '36.01',
        '36.02',
        '36.03',
        '36.04',
        '36.71',
        '36.72',
        '36.73',
        '36.74',
      ]),
    );
  });

  it('defaults to the latest year with a participation', async () => {
    const health = await call(healthGet as Handler, '/api/health');
    const last = (health.body.dataset as { last_year: number }).last_year;
    const { body } = await metric('reach');
    expect(body.to).toBe(`${last}-12-31`);
  });

  it('suppresses small cells: a count from 1 to 4 is null and listed in suppressed', async () => {
    // A single program type in a single district makes small counts likely; find any suppressed row.
    const { body } = await metric('reach', '?region=36.01&year=2024&by=region&type=certification');
    const rows = body.rows as { suppressed: string[]; [field: string]: unknown }[];
    for (const row of rows) {
      for (const field of row.suppressed) expect(row[field]).toBeNull();
      for (const field of ['reached_artisans', 'eligible_artisans']) {
        const value = row[field];
        if (typeof value === 'number') expect(value === 0 || value >= 5).toBe(true);
      }
    }
    expect(rows.some((row) => row.suppressed.length > 0)).toBe(true);
  });

  it('answers 404 for an unknown metric', async () => {
    const { status, body } = await metric('popularity', '?year=2024');
    expect(status).toBe(404);
    expect(body.error).toMatch(/^There is no metric "popularity"/);
  });

  it.each([
    ['an unknown region', '?region=99.99', /^Region 99\.99 is not in the region reference\.$/],
    [
      'a year as text',
      '?year=abc',
      /^year must be a whole year from 1900 to 2100 such as 2024, not "abc"\.$/,
    ],
    [
      'SQL in a parameter',
      "?region=36';DROP TABLE artisans;--",
      /^region must be ID \(all of Indonesia\) or a region code such as 36 or 36\.03/,
    ],
    ['SQL in the category', "?category=batik' OR 1=1", /^Unknown category/],
    [
      'an unknown breakdown',
      '?by=gender',
      /^reach can be broken down by region or craft_category or program_type/,
    ],
    ['an unknown parameter', '?yeer=2024', /^Unknown parameter "yeer"/],
    [
      'a repeated parameter',
      '?year=2023&year=2024',
      /^Parameter "year" is given more than once\.$/,
    ],
  ])('answers 400 with one sentence for %s', async (_case, query, message) => {
    const { status, body } = await metric('reach', query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    expect(String(body.error).split(/\.\s/).length).toBe(1);
  });

  it('returns competitiveness dimension means by region on 0–100', async () => {
    const { status, body } = await metric(
      'competitiveness',
      '?region=36&year=2024&by=region&weights=0.4,0.2,0.2,0.2',
    );
    expect(status).toBe(200);
    const rows = body.rows as Record<string, number | null>[];
    const filled = rows.filter((row) => row.quality != null);
    expect(filled.length).toBeGreaterThan(0);
    for (const row of filled) {
      for (const field of ['quality', 'materials', 'market', 'compliance']) {
        expect(row[field]).toBeGreaterThanOrEqual(0);
        expect(row[field]).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('GET /api/regions', () => {
  it('returns the region, its children and the dataset provinces', async () => {
    const { status, body } = await call(regionsGet as Handler, '/api/regions?region=36.03');
    expect(status).toBe(200);
    expect(body.region).toMatchObject({
      code: '36.03',
      name: 'Kabupaten Tangerang',
      level: 'regency',
    });
    expect((body.ancestors as { code: string }[]).map((row) => row.code)).toEqual(['36']);
    expect((body.provinces as { code: string }[]).map((row) => row.code)).toEqual(['36']);
  });

  it('answers 400 for an unknown region', async () => {
    const { status, body } = await call(regionsGet as Handler, '/api/regions?region=42');
    expect(status).toBe(400);
    expect(body.error).toMatch(/^Region "42" is not in the region reference/);
  });
});

describe('GET /api/products/pci', () => {
  it('returns one row per assessed product with PCI and dimensions on 0–100', async () => {
    const { status, body } = await call(
      productsGet as Handler,
      '/api/products/pci?region=36&year=2024',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ region: '36', from: '2024-01-01', to: '2024-12-31' });
    const rows = body.rows as { region_code: string; pci: number | null; suppressed: string[] }[];
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      if (row.suppressed.length === 0) {
        expect(row.pci).toBeGreaterThanOrEqual(0);
        expect(row.pci).toBeLessThanOrEqual(100);
      } else {
        expect(row.pci).toBeNull();
      }
    }
  });

  it('moves the PCI when the weights change', async () => {
    const equal = await call(productsGet as Handler, '/api/products/pci?region=36&year=2024');
    const tilted = await call(
      productsGet as Handler,
      '/api/products/pci?region=36&year=2024&weights=1,0,0,0',
    );
    const first = (equal.body.rows as { pci: number }[])[0]!;
    const quality = (tilted.body.rows as { quality: number; pci: number }[]).map((row) => row.pci);
    expect(quality).not.toEqual((equal.body.rows as { pci: number }[]).map((row) => row.pci));
    expect(typeof first.pci).toBe('number');
  });

  it('answers 400 for weights that are not four numbers', async () => {
    const { status, body } = await call(productsGet as Handler, '/api/products/pci?weights=1,2');
    expect(status).toBe(400);
    expect(body.error).toMatch(/^weights must be four non-negative numbers/);
  });
});

describe('GET /api/overview', () => {
  it('returns headline figures for the year and the year before', async () => {
    const { status, body } = await call(
      overviewGet as Handler,
      '/api/overview?region=36&year=2024',
    );
    expect(status).toBe(200);
    const current = body.current as Record<string, unknown>;
    const previous = body.previous as Record<string, unknown>;
    expect(current.year).toBe(2024);
    expect(previous.year).toBe(2023);
    expect(current.reached_artisans as number).toBeGreaterThan(0);
    expect(current.reach_rate as number).toBeGreaterThan(0);
    expect(current.pci_median as number).toBeGreaterThan(0);
    expect(Array.isArray(current.suppressed)).toBe(true);
  });

  it('answers 400 for a year as text', async () => {
    const { status } = await call(overviewGet as Handler, '/api/overview?year=twenty');
    expect(status).toBe(400);
  });
});

describe('a replaced dataset', () => {
  it('is re-opened when its manifest changes, and answers are cached per version', async () => {
    const dir = join(tmpdir(), `anyam-dashboard-reopen-${process.pid}`);
    await rm(dir, { recursive: true, force: true });
    await cp(inject('dataDir'), dir, { recursive: true });
    const saved = process.env.ANYAM_DATA;
    process.env.ANYAM_DATA = dir;
    try {
      const first = await call(healthGet as Handler, '/api/health');
      const version = (first.body.dataset as { version: string }).version;
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
        created_at: string;
      };
      manifest.created_at = '2030-01-01T00:00:00.000Z';
      await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
      // The server looks at the manifest at most every 2 s.
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const second = await call(healthGet as Handler, '/api/health');
      const next = second.body.dataset as { version: string; created_at: string };
      expect(next.created_at).toBe('2030-01-01T00:00:00.000Z');
      expect(next.version).not.toBe(version);
      const reach = await metric('reach', '?year=2024');
      expect(reach.status).toBe(200);
    } finally {
      process.env.ANYAM_DATA = saved;
      await closeDataset();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
