// States a planner meets with a hand-edited or old link: a visible sentence in the page's
// language instead of a silent fallback; a year without data says which years exist; the copy
// link button gives a link that names the year.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { openPage } from './browser.js';
import { settle } from './pages.js';
import { datasetYears } from './results.js';
import { useSnapshotApp } from './snapshot-server.js';
import { serverEntry, startServer, type RunningServer } from './server.js';

const app = useSnapshotApp();
let years: { first: number; last: number };
beforeAll(async () => {
  years = await datasetYears(app.base);
});

async function notices(
  path: string,
): Promise<{ text: string; h1: string; year: string; years: string[]; link: string | null }> {
  const { page, errors } = await openPage(app.browser);
  await page.goto(`${app.base}${path}`, { waitUntil: 'networkidle' });
  await settle(page);
  const text = (await page.locator('[data-notices]').textContent({ timeout: 5000 })) ?? '';
  const h1 = (await page.textContent('main h1')) ?? '';
  const year = await page.inputValue('select[name="year"]');
  const years = await page.$$eval('select[name="year"] option', (options) =>
    options.map((option) => (option as HTMLOptionElement).value),
  );
  const link = await page
    .locator('[data-notices] a[data-notice-link]')
    .getAttribute('href', { timeout: 500 })
    .catch(() => null);
  expect(errors).toEqual([]);
  await page.context().close();
  return { text: text.replace(/\s+/g, ' ').trim(), h1, year, years, link };
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
      `Tidak ada data untuk ${years.first - 2}; data tersedia untuk ${years.first}–${years.last}. Tampilkan ${years.last} →`,
    );
    expect(shown.year).toBe(String(years.last));
    expect(shown.years).toEqual(
      Array.from({ length: years.last - years.first + 1 }, (_, i) => String(years.last - i)),
    );
    expect(shown.link).toBe(`/?year=${years.last}`);
    expect(shown.h1).toContain(String(years.last));
  });

  it('a year after the data says so in English, with a link to the latest on the same page', async () => {
    const shown = await notices(`/reach?region=36.03&year=${years.last + 1}&lang=en`);
    expect(shown.text).toBe(
      `No data for ${years.last + 1}; data is available for ${years.first}–${years.last}. Show ${years.last} →`,
    );
    expect(shown.link).toBe(`/reach?region=36.03&year=${years.last}&lang=en`);
  });

  it('the API answers 400 with one sentence for the same parameters', async () => {
    for (const query of ['region=99', 'year=abc']) {
      const response = await fetch(`${app.base}/api/metrics/reach?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/\.$/);
    }
    for (const path of ['/api/metrics/reach?region=36&', '/api/overview?']) {
      const response = await fetch(`${app.base}${path}year=${years.first - 2}`);
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe(
        `No data for ${years.first - 2}: the dataset covers ${years.first}-${years.last}.`,
      );
    }
  });

  it('the brief of a year without data is a 400 that says so in the page language', async () => {
    const { page, errors } = await openPage(app.browser);
    const response = await page.goto(`${app.base}/brief?region=36&year=${years.first - 2}`);
    expect(response?.status()).toBe(400);
    expect(((await page.textContent('main [role="alert"] h1')) ?? '').trim()).toBe(
      `Tidak ada data untuk ${years.first - 2}; data tersedia untuk ${years.first}–${years.last}.`,
    );
    expect(await page.getAttribute('main [role="alert"] a[data-notice-link]', 'href')).toBe(
      `/brief?year=${years.last}`,
    );
    // Said once: the layout's notice stands aside for the error page.
    expect(await page.locator('[data-notices]').count()).toBe(0);
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
    await page.context().close();
  });
});

describe('sharing', () => {
  it('"Salin tautan" copies a link that names the year, and navigation links carry it', async () => {
    const { page, errors } = await openPage(app.browser);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
    await page.goto(`${app.base}/reach?region=36.03`, { waitUntil: 'networkidle' });
    await settle(page);
    await page.click('header button:has-text("Salin tautan")');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${app.base}/reach?region=36.03&year=${years.last}`);
    expect(await page.getAttribute('nav a[href^="/competitiveness"]', 'href')).toBe(
      `/competitiveness?region=36.03&year=${years.last}`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('no data', () => {
  it('a year with nobody to count reads "tidak ada data" on the trend, not a 0% point', async () => {
    const { page, errors } = await openPage(app.browser);
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
    await page.goto(`${app.base}/`, { waitUntil: 'networkidle' });
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

describe('no data instead of zeros', () => {
  // A district of the test dataset with artisans, none of them in leather (seed 42).
  const district = '36.73.03';
  const category = 'leather';

  it('the district really has nobody to count in the category', async () => {
    const answer = (await (
      await fetch(
        `${app.base}/api/metrics/reach?region=${district}&category=${category}&year=${years.last}`,
      )
    ).json()) as { rows: { eligible_artisans: number; reach_rate: number | null }[] };
    expect(answer.rows[0]).toMatchObject({ eligible_artisans: 0, reach_rate: null });
  });

  it.each([
    ['tidak ada data', 'id'],
    ['no data', 'en'],
  ] as const)(
    '/reach of that district and category draws empty "%s" bars, never 0 or 0%%',
    async (words, lang) => {
      const { page, errors } = await openPage(app.browser);
      await page.goto(
        `${app.base}/reach?region=${district}&category=${category}&year=${years.last}&lang=${lang}`,
        { waitUntil: 'networkidle' },
      );
      await settle(page);
      for (const chart of ['reach-by-region', 'representation', 'reach-by-type', 'completion']) {
        const bars = page.locator(`[data-chart="${chart}"] g.bar`);
        const count = await bars.count();
        expect(count, chart).toBeGreaterThan(0);
        for (let i = 0; i < count; i += 1) {
          const bar = bars.nth(i);
          expect(await bar.getAttribute('data-missing'), chart).toBe('true');
          expect(await bar.getAttribute('aria-label'), chart).toMatch(new RegExp(`: ${words}$`));
          // An outlined empty stub, not a zero-length bar.
          expect(await bar.locator('rect.fill').getAttribute('fill'), chart).toBe('none');
          expect(Number(await bar.locator('rect.fill').getAttribute('width')), chart).toBe(28);
        }
        const values = await page
          .locator(`[data-chart="${chart}"] g.label text.value`)
          .allTextContents();
        expect(values, chart).toEqual(Array.from({ length: count }, () => words));
      }
      // A count axis under bars of nobody ticks at whole numbers ("0 1", not "0 1 1").
      const ticks = await page
        .locator('[data-chart="reach-by-type"] g.axis .tick text')
        .allTextContents();
      expect(ticks.length).toBeGreaterThan(1);
      expect(new Set(ticks).size).toBe(ticks.length);
      const charts = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(charts).not.toMatch(/(^|\s)0[,.]0%/);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('/exhibitions of that district reads "tidak ada data" for sales per exhibitor of nobody, and its rupiah axis ticks whole rupiah', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/exhibitions?region=${district}&year=${years.last}`, {
      waitUntil: 'networkidle',
    });
    await settle(page);
    const answer = (await (
      await fetch(`${app.base}/api/metrics/exhibitions?region=${district}&year=${years.last}`)
    ).json()) as { rows: { scale?: string; exhibitors: number | null }[] };
    // Scales nobody of the district exhibited at (0 exhibitors, no mean to take).
    const nobody = answer.rows.filter((row) => row.scale && row.exhibitors === 0);
    expect(nobody.length).toBeGreaterThan(0);
    const missing = page.locator('[data-chart] g.bar[data-missing="true"]');
    expect(await missing.count()).toBeGreaterThanOrEqual(nobody.length);
    for (const label of await page
      .locator('[data-chart] g.bar')
      .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label') ?? '')))
      expect(label).not.toMatch(/: (Rp 0|0|–)$/);
    for (const chart of await page.locator('[data-chart]').all()) {
      const ticks = await chart.locator('g.axis .tick text').allTextContents();
      expect(new Set(ticks).size, ticks.join(' ')).toBe(ticks.length);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('overview cards of a scope with nobody registered read "tidak ada data", not 0 or 0,0%', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.route(
      (url) => url.pathname === '/api/overview',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { current: Record<string, unknown> };
        // As a scope without registered artisans or assessed products is answered.
        body.current = {
          ...body.current,
          eligible_artisans: 0,
          reached_artisans: 0,
          reach_rate: null,
          reached_enterprises: 0,
          pci_median: null,
          suppressed: [],
        };
        await route.fulfill({ response, json: body });
      },
    );
    await page.route(
      (url) => url.pathname === '/api/metrics/reach' && url.searchParams.get('by') === 'region',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { rows: Record<string, unknown>[] };
        // The first regency as one without registered artisans.
        body.rows = body.rows.map((row, index) =>
          index === 0
            ? {
                ...row,
                eligible_artisans: 0,
                reached_artisans: 0,
                reach_rate: null,
                suppressed: [],
              }
            : row,
        );
        await route.fulfill({ response, json: body });
      },
    );
    await page.goto(`${app.base}/`, { waitUntil: 'networkidle' });
    await settle(page);
    for (const id of ['reached_artisans', 'reach_rate', 'reached_enterprises', 'pci_median']) {
      const card = page.locator(`[data-stat="${id}"]`);
      expect(await card.getAttribute('data-missing'), id).toBe('true');
      expect((await card.locator('.value').textContent())?.trim(), id).toBe('tidak ada data');
      // No change from the year before either: there is nothing to compare.
      expect(await card.locator('.delta').count(), id).toBe(0);
    }
    // Study visits are a real count of the councils' work.
    expect(await page.getAttribute('[data-stat="study_visits"]', 'data-missing')).toBe('false');
    const tile = page.locator('[data-chart="reach-map"] g.tile[data-missing="true"]');
    expect(await tile.count()).toBe(1);
    expect(await tile.getAttribute('aria-label')).toMatch(/: tidak ada data$/);
    const code = await tile.getAttribute('data-code');
    // The words, cut with "…" to the tile when it is narrow (the tooltip and table say them whole).
    const shown =
      (await page
        .locator(`[data-chart="reach-map"] g.label[data-code="${code}"] text.value`)
        .textContent()) ?? '';
    expect(shown.length).toBeGreaterThan(1);
    expect('tidak ada data'.startsWith(shown.replace(/…$/, ''))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a missing dataset', () => {
  let missing: RunningServer;
  let empty: RunningServer;
  let folders: string[] = [];
  beforeAll(async () => {
    const emptyDir = await mkdtemp(join(tmpdir(), 'anyam-states-empty-'));
    const stateDir = await mkdtemp(join(tmpdir(), 'anyam-states-state-'));
    folders = [emptyDir, stateDir];
    // A state of its own, so that no published version stands in for the missing dataset.
    const env = () => ({ ANYAM_STATE: stateDir });
    missing = await startServer(join(emptyDir, 'not-there'), serverEntry, env);
    empty = await startServer(emptyDir, serverEntry, env);
  });
  afterAll(async () => {
    await missing?.stop();
    await empty?.stop();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  const indonesian =
    'Belum ada dataset di server ini, jadi belum ada angka yang dapat ditampilkan: hubungi pengelola dasbor.';

  it('a page is a 503 with one Indonesian sentence and no developer English, axe-clean', async () => {
    for (const server of [missing, empty]) {
      for (const path of ['/', '/reach?region=36.03', '/brief']) {
        const { page } = await openPage(app.browser);
        const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        expect(response?.status(), path).toBe(503);
        expect(await page.getAttribute('html', 'lang')).toBe('id');
        const alert = page.locator('main [role="alert"]');
        expect((await alert.locator('h1').textContent())?.trim()).toBe('Dataset tidak tersedia');
        expect((await alert.locator('p').textContent())?.trim()).toBe(indonesian);
        // Neither shown nor in the page's data for the scripts.
        expect(await page.content(), path).not.toMatch(/ANYAM_DATA|pnpm|npm start|data\/export/);
        if (path === '/') expect(await seriousViolations(page)).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('the English page names ANYAM_DATA for the operator, and is 390 px clean', async () => {
    const { page } = await openPage(app.browser, 390);
    const response = await page.goto(`${missing.url}/?lang=en`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(503);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('main [role="alert"] h1'))?.trim()).toBe('Dataset unavailable');
    expect((await page.textContent('main [role="alert"] p'))?.trim()).toMatch(
      /^There is no dataset in the folder ANYAM_DATA names \(data\/export by default\)[^/]*\.$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    await page.context().close();
  });

  it('the API is a 503 with {error} in the language asked for, English by default', async () => {
    const answer = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${missing.url}${path}`, { headers });
      return {
        status: response.status,
        error: ((await response.json()) as { error: string }).error,
      };
    };
    const english = await answer('/api/health');
    expect(english.status).toBe(503);
    expect(english.error).toMatch(/^There is no dataset in the folder ANYAM_DATA names/);
    expect(english.error).not.toContain('not-there');
    for (const [path, headers] of [
      ['/api/health?lang=id', {}],
      ['/api/metrics/reach?region=36&lang=id', {}],
      ['/api/overview?region=36', { 'accept-language': 'id-ID,id;q=0.9,en;q=0.8' }],
    ] as const) {
      expect(await answer(path, headers), path).toEqual({ status: 503, error: indonesian });
    }
    expect(await answer('/api/metrics/reach?lang=en', { 'accept-language': 'id' })).toEqual(
      english,
    );
  });
});
