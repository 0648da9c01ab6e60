// States a planner meets with a hand-edited or old link: a visible sentence in the page's
// language instead of a silent fallback; a year without data says which years exist; the copy
// link button gives a link that names the year.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser.js';
import { settle } from './pages.js';
import { startSnapshotServer } from './snapshot-server.js';
import type { RunningServer } from './server.js';

let browser: Browser;
let server: RunningServer;
let base: string;
let years: { first: number; last: number };
beforeAll(async () => {
  server = await startSnapshotServer(inject('dataDir'));
  base = server.url;
  browser = await launch();
  const health = (await (await fetch(`${base}/api/health`)).json()) as {
    dataset: { first_year: number; last_year: number };
  };
  years = { first: health.dataset.first_year, last: health.dataset.last_year };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function notices(path: string): Promise<{ text: string; h1: string; year: string }> {
  const { page, errors } = await openPage(browser);
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await settle(page);
  const text = (await page.locator('[data-notices]').textContent({ timeout: 5000 })) ?? '';
  const h1 = (await page.textContent('main h1')) ?? '';
  const year = await page.inputValue('select[name="year"]');
  expect(errors).toEqual([]);
  await page.context().close();
  return { text: text.trim(), h1, year };
}

describe('bad parameters', () => {
  it('an unknown region says so in Indonesian and shows the province', async () => {
    const shown = await notices('/?region=99');
    expect(shown.text).toBe('Kode wilayah “99” tidak dikenal. Yang ditampilkan: Banten.');
    expect(shown.h1).toContain('Banten');
  });

  it('a year that is not a year says so in English and shows the latest', async () => {
    const shown = await notices('/reach?year=abc&lang=en');
    expect(shown.text).toBe(
      `Year “abc” is not valid (write four digits, e.g. ${years.last}). Showing: ${years.last}.`,
    );
    expect(shown.year).toBe(String(years.last));
  });

  it('a year without data says which years exist, and the year select is not blank', async () => {
    const shown = await notices(`/?year=${years.first - 2}`);
    expect(shown.text).toBe(
      `Tidak ada data untuk tahun ${years.first - 2}. Data tersedia untuk ${years.first}–${years.last}.`,
    );
    expect(shown.year).toBe(String(years.last));
    expect(shown.h1).toContain(String(years.last));
  });

  it('the API answers 400 with one sentence for the same parameters', async () => {
    for (const query of ['region=99', 'year=abc']) {
      const response = await fetch(`${base}/api/metrics/reach?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/\.$/);
    }
  });
});

describe('sharing', () => {
  it('"Salin tautan" copies a link that names the year, and navigation links carry it', async () => {
    const { page, errors } = await openPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/reach?region=36.03`, { waitUntil: 'networkidle' });
    await settle(page);
    await page.click('header button:has-text("Salin tautan")');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${base}/reach?region=36.03&year=${years.last}`);
    expect(await page.getAttribute('nav a[href^="/competitiveness"]', 'href')).toBe(
      `/competitiveness?region=36.03&year=${years.last}`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('no data', () => {
  it('a year with nobody to count reads "tidak ada data" on the trend, not a 0% point', async () => {
    const { page, errors } = await openPage(browser);
    // The trend asks for the scope's reach one year at a time; the first year is answered as a
    // district with no registered artisans would be (no rate, nothing suppressed).
    await page.route(
      (url) =>
        url.pathname === '/api/metrics/reach' &&
        url.searchParams.get('year') === String(years.first) &&
        !url.searchParams.has('by'),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { rows: Record<string, unknown>[] };
        body.rows = body.rows.map((row) => ({
          ...row,
          eligible_artisans: 0,
          reached_artisans: 0,
          reach_rate: null,
          suppressed: [],
        }));
        await route.fulfill({ response, json: body });
      },
    );
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await settle(page);
    const missing = page.locator('[data-chart="reach-trend"] g.point[data-missing="true"]');
    expect(await missing.count()).toBe(1);
    expect(await missing.getAttribute('aria-label')).toBe(`${years.first}: tidak ada data`);
    expect(await missing.locator('text').textContent()).toBe('tidak ada data');
    expect(await missing.locator('circle').getAttribute('r')).toBe('0');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
