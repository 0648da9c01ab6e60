// Shared steps of the result pages' browser tests (impact, programs, the visit follow-up).
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { chartStates, openPage } from './browser.js';

export const screenshots = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));
mkdirSync(screenshots, { recursive: true });

export interface ApiRow {
  suppressed: string[];
  [field: string]: unknown;
}

/** A metric's rows from the public API, as the page asks for them. */
export async function metricRows(base: string, name: string, query: string): Promise<ApiRow[]> {
  const response = await fetch(`${base}/api/metrics/${name}?${query}`);
  if (!response.ok)
    throw new Error(`${name}?${query}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { rows: ApiRow[] }).rows;
}

export async function datasetYears(base: string): Promise<{ first: number; last: number }> {
  const response = await fetch(`${base}/api/health`);
  const { dataset } = (await response.json()) as {
    dataset: { first_year: number; last_year: number };
  };
  return { first: dataset.first_year, last: dataset.last_year };
}

/** Opens a page and waits until its charts have left their loading state. */
export async function visit(
  browser: Browser,
  url: string,
  width = 1280,
  before?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[]; states: Record<string, string> }> {
  const { page, errors } = await openPage(browser, width);
  if (before) await before(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const states = await chartStates(page);
  return { page, errors, states };
}

/**
 * Answers one metric's API calls with the real answer in which `hide` marks some fields
 * suppressed (null and listed), the way core's small-cell rule publishes them, so that a test can
 * check how the page shows a hidden cell whatever the demo data happens to hold.
 */
export async function suppressInAnswers(
  page: Page,
  metric: string,
  hide: (row: ApiRow, index: number) => string[],
): Promise<void> {
  await page.route(`**/api/metrics/${metric}?*`, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { rows: ApiRow[] };
    body.rows = body.rows.map((row, index) => {
      const fields = hide(row, index);
      if (fields.length === 0) return row;
      const next: ApiRow = { ...row, suppressed: [...new Set([...row.suppressed, ...fields])] };
      for (const field of fields) next[field] = null;
      return next;
    });
    await route.fulfill({ response, json: body });
  });
}

/** Clicks a download button and returns the file's text (a CSV without its byte-order mark). */
export async function downloaded(
  page: Page,
  selector: string,
): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const text = (await readFile((await file.path()) ?? '', 'utf8')).replace(/^\ufeff/, '');
  return { file, text };
}

/** Whether the page is wider than its viewport (a phone would scroll sideways). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** A number as Indonesian text reads it with one decimal ("11,3"). */
export function idDecimal(value: number, digits = 1): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits }).format(value);
}

/**
 * Opens `url` on a 390 px phone and checks what it shows: `count` of the `marks` drawn, no
 * sideways scrolling, no console error; the whole page is saved as docs/screenshots/`screenshot`.
 *
 *     await expectFitsPhone(browser(), `${base}/programs`, {
 *       marks: '[data-chart="programs-chart"] g.bar',
 *       count: 9,
 *       screenshot: 'programs-390.png',
 *     });
 */
export async function expectFitsPhone(
  browser: Browser,
  url: string,
  { marks, count, screenshot }: { marks: string; count: number; screenshot: string },
): Promise<void> {
  const { page, errors } = await visit(browser, url, 390);
  expect(await page.locator(marks).count()).toBe(count);
  expect(await overflowsSideways(page)).toBe(false);
  await page.screenshot({ path: `${screenshots}${screenshot}`, fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
}
