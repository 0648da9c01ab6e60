// Browser tests of the national scope (`region=ID`, the whole country) on the built app over the
// nationwide test dataset: the overview's province tile map and ranking from one request, the
// drill-down province -> regency -> district, every page at ID, axe, and a 390 px phone.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { openPage, useBrowser } from './browser.js';
import { pagePaths, settle } from './pages.js';
import { metricRows, overflowsSideways, visit } from './results.js';

const base = inject('nationalBaseUrl');

const browser = useBrowser();
let provinces: { code: string; name: string }[];
beforeAll(async () => {
  const response = await fetch(`${base}/api/regions?region=ID`);
  provinces = ((await response.json()) as { children: { code: string; name: string }[] }).children;
});

const tiles = (page: Page) =>
  page.$$eval('[data-chart="reach-map"] g.tile', (nodes) =>
    nodes.map((node) => node.getAttribute('data-code') ?? ''),
  );
const ranked = (page: Page) =>
  page.$$eval('[data-chart="child-ranking"] ol.ranking li', (items) =>
    items.map((item) => ({
      code: item.getAttribute('data-code') ?? '',
      name: item.querySelector('.name')?.textContent?.trim() ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? null,
      value: item.querySelector('.value')?.textContent?.trim() ?? '',
    })),
  );

describe('the overview at region=ID', () => {
  it('draws a tile per province and ranks them from one reach request, by region at ID', async () => {
    const reachCalls: string[] = [];
    const { page, errors, states } = await visit(
      browser(),
      `${base}/?region=ID`,
      1280,
      async (p) => {
        p.on('request', (request) => {
          const url = new URL(request.url());
          if (url.pathname.startsWith('/api/metrics/reach') && url.searchParams.get('by'))
            reachCalls.push(url.search);
          if (url.pathname === '/api/provinces/reach') reachCalls.push(url.pathname);
        });
      },
    );
    expect(states['reach-map']).toBe('ready');
    expect(states['child-ranking']).toBe('ready');
    expect(reachCalls).toHaveLength(1);
    expect(new URLSearchParams(reachCalls[0]).get('region')).toBe('ID');
    expect(new URLSearchParams(reachCalls[0]).get('by')).toBe('region');
    expect((await tiles(page)).sort()).toEqual(provinces.map((p) => p.code).sort());
    expect(await page.locator('h1').textContent()).toContain('Indonesia');

    // The ranking: every province, highest reach rate first, as the API answers.
    const rows = await metricRows(base, 'reach', `region=ID&by=region`);
    const order = [...rows]
      .filter((row) => typeof row.reach_rate === 'number')
      .sort((a, b) => (b.reach_rate as number) - (a.reach_rate as number));
    const list = await ranked(page);
    expect(list).toHaveLength(provinces.length);
    const nameOf = new Map(provinces.map((p) => [p.code, p.name]));
    expect(list[0]!.name).toBe(nameOf.get(String(order[0]!.region_code)));
    const percent = new Intl.NumberFormat('id-ID', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    expect(list[0]!.value.replace(/\s/g, '')).toBe(
      percent.format(order[0]!.reach_rate as number).replace(/\s/g, ''),
    );
    // Each name is a link to its province (Banten, the default region, without region=).
    expect(list.every((entry) => entry.href !== null)).toBe(true);
    expect(list.map((entry) => entry.code).sort()).toEqual(provinces.map((p) => p.code).sort());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('drills down from a province link to its regencies, then from a tile to districts', async () => {
    const { page, errors } = await visit(browser(), `${base}/?region=ID`);
    // The regional brief is a province's or a regency's: no link to it for the whole country.
    expect(await page.locator('[data-brief-link]').count()).toBe(0);
    const first = (await ranked(page))[0]!;
    const code = first.code;
    await page.click(`[data-chart="child-ranking"] li[data-code="${code}"] a`);
    await page.waitForURL((url) => (url.searchParams.get('region') ?? '36') === code);
    await settle(page);
    expect(await page.locator('[data-brief-link]').getAttribute('href')).toContain(
      `region=${code}`,
    );
    const regencies = await tiles(page);
    expect(regencies.length).toBeGreaterThan(0);
    expect(regencies.every((tile) => tile.startsWith(`${code}.`))).toBe(true);
    // Breadcrumbs lead back to the whole country.
    expect(await page.locator('[data-drill-up="ID"]').count()).toBe(1);

    const regency = regencies[0]!;
    await page.focus(`[data-chart="reach-map"] g.tile[data-code="${regency}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('region') === regency);
    await settle(page);
    const districts = await tiles(page);
    expect(districts.length).toBeGreaterThan(0);
    expect(districts.every((tile) => tile.startsWith(`${regency}.`))).toBe(true);
    expect(
      await page
        .locator('[data-drill-up]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-drill-up'))),
    ).toEqual(['ID', code]);

    await page.click('[data-drill-up="ID"]');
    await page.waitForURL((url) => url.searchParams.get('region') === 'ID');
    await settle(page);
    expect((await tiles(page)).length).toBe(provinces.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers Indonesia first in the region selector, and still says so for an unknown code', async () => {
    const { page, errors } = await visit(browser(), `${base}/?region=36`);
    const options = await page.$$eval('select[name="province"] option', (nodes) =>
      nodes.map((node) => (node as HTMLOptionElement).value),
    );
    expect(options[0]).toBe('ID');
    await page.selectOption('select[name="province"]', 'ID');
    await page.waitForURL((url) => url.searchParams.get('region') === 'ID');
    await settle(page);
    expect((await tiles(page)).length).toBe(provinces.length);
    await page.goto(`${base}/?region=IDN`, { waitUntil: 'networkidle' });
    await expect(page.locator('[data-notices]').textContent()).resolves.toContain('IDN');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 390 px phone without sideways scroll', async () => {
    const { page, errors } = await visit(browser(), `${base}/?region=ID`, 390);
    expect(await overflowsSideways(page)).toBe(false);
    expect((await ranked(page)).length).toBe(provinces.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['id', 'en'] as const)('has no serious or critical axe violation (%s)', async (lang) => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${base}/?region=ID${lang === 'en' ? '&lang=en' : ''}`, {
      waitUntil: 'networkidle',
    });
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('every page at region=ID', () => {
  it.each(pagePaths)('%s draws its charts without an error', async (path) => {
    const { page, errors } = await openPage(browser());
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400)
        failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${base}${path}?region=ID`, { waitUntil: 'networkidle' });
    await settle(page);
    const states = await page.$$eval('figure[data-chart]', (frames) =>
      frames.map(
        (frame) => `${frame.getAttribute('data-chart')}:${frame.getAttribute('data-status')}`,
      ),
    );
    expect(states.filter((state) => state.endsWith(':error'))).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
