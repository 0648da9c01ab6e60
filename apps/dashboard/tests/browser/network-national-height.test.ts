// /network at national scope stays a page one can scroll through: the visit follow-up (a
// thousand visits at region=ID) shows its first 25 visits in the chart and in the table with a
// button for the rest, the diffusion timeline draws its first 25 regions, and the downloads
// still hold every row. On the nationwide test dataset (every council of Indonesia).
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { useBrowser } from './browser.js';
import { datasetYears, downloaded, metricRows, overflowsSideways, visit } from './results.js';

const national = inject('nationalBaseUrl');
const chart = '[data-chart="visit-outcomes"]';
const table = '[data-table="visit-outcomes"]';
const timeline = '[data-chart="diffusion-timeline"]';
// The page at region=ID was 36,600 px at 1280 px wide (29,300 of them the visit chart, 2,500
// the timeline) and 38,000 on a phone; with 25 rows each it is about 7,100 and 8,500.
const boundDesktop = 9_000;
const boundPhone = 10_000;

const browser = useBrowser();
let year = 0;
beforeAll(async () => {
  // The year before the latest: its visits have a PCI the year after to sort by.
  year = (await datasetYears(national)).last - 1;
});

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** axe-core's serious and critical violations in the visit follow-up and the timeline. */
const seriousInVisits = (page: Page) =>
  seriousViolations(page, { include: [['.grid.visits'], [timeline]] });

async function xlsxRows(page: Page, selector: string): Promise<number> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await file.path()) ?? '')) as unknown as ExcelJS.Buffer);
  return book.worksheets[0]!.actualRowCount;
}

describe('/network at region=ID', () => {
  it(`is under ${boundDesktop} px, axe-clean, says how many visits, and shows them all on request`, async () => {
    const visits = await metricRows(national, 'visit_outcomes', `region=ID&year=${year}`);
    expect(visits.length).toBeGreaterThan(100);
    const { page, errors } = await visit(
      browser(),
      `${national}/network?region=ID&year=${year}&lang=en`,
    );
    expect(await pageHeight(page)).toBeLessThan(boundDesktop);
    expect(await seriousInVisits(page)).toEqual([]);

    // The chart: its first 25 visits and a sentence with the count.
    expect(await page.locator(`${chart} g.bar`).count()).toBe(25);
    const total = new Intl.NumberFormat('en-US').format(visits.length);
    expect(
      (await page.textContent(`${chart} [data-more="chart"]`))?.replace(/\s+/g, ' '),
    ).toContain(`Showing the first 25 of ${total} visits.`);
    // The frame's table and downloads hold every visit.
    const frameCsv = await downloaded(page, `${chart} [data-download="csv"]`);
    expect(frameCsv.text.trim().split(/\r\n/)).toHaveLength(visits.length + 1);
    expect(await xlsxRows(page, `${chart} [data-download="xlsx"]`)).toBe(visits.length + 1);

    // The table: the first 25 in its sort, then every visit.
    const rows = page.locator(`${table} tbody tr`);
    expect(await rows.count()).toBe(25);
    const tableCsv = await downloaded(page, `${table} [data-download="csv"]`);
    expect(tableCsv.text.trim().split(/\r\n/)).toHaveLength(visits.length + 1);
    await page.click(`${table} th button[data-sort="relative_change"]`);
    await page.waitForURL(/vsort=relative_change&vdir=desc/);
    const best = [
      ...visits
        .filter((row) => row.relative_change != null)
        .sort((a, b) => (b.relative_change as number) - (a.relative_change as number)),
      ...visits.filter((row) => row.relative_change == null),
    ]
      .slice(0, 25)
      .map((row) => String(row.visit_id));
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')))).toEqual(
      best,
    );
    const more = page.locator('[data-more="table"] button');
    expect(await more.textContent()).toBe(`Show all (${total})`);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    await expect.poll(() => rows.count()).toBe(visits.length);
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await page.textContent('[data-more="table"]')).toContain(`Showing all ${total} visits.`);
    await more.click();
    await expect.poll(() => rows.count()).toBe(25);
    // On paper: the 25 rows under their headings, none cut off by the screen's scroll box.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible(`${table} th button`)).toBe(false);
    expect(
      await page.$$eval(`${table} th .print-only`, (spans) =>
        spans
          .filter((span) => span.getBoundingClientRect().height > 0)
          .map((span) => span.textContent),
      ),
    ).toContain('Date');
    const [wrap, body] = await page.$eval(`${table} .wrap`, (element) => [
      element.clientHeight,
      element.scrollHeight,
    ]);
    expect(wrap).toBe(body);
    expect(await page.isVisible('[data-more="table"] button')).toBe(false);
    expect(await page.textContent('[data-more="table"]')).toContain(
      `Showing the first 25 of ${total} visits.`,
    );
    await page.emulateMedia({ media: 'screen' });

    // The chart's button draws every bar.
    await page.click(`${chart} [data-more="chart"] button`);
    await expect.poll(() => page.locator(`${chart} g.bar`).count()).toBe(visits.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the first 25 regions of the diffusion timeline, the rest in its table and CSV', async () => {
    const { page, errors } = await visit(browser(), `${national}/network?region=ID`);
    const drawn = await page.locator(`${timeline} g.row`).count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(25);
    const csv = await downloaded(page, `${timeline} [data-download="csv"]`);
    const exposed = csv.text.trim().split(/\r\n/).length - 1;
    if (exposed > 25) {
      expect(drawn).toBe(25);
      expect(await page.textContent(`${timeline} [data-timeline-more]`)).toContain(
        `Menampilkan 25 wilayah pertama dari ${new Intl.NumberFormat('id-ID').format(exposed)}`,
      );
    } else expect(drawn).toBe(exposed);
    const box = await page.locator(`${timeline} svg.chart`).boundingBox();
    expect(box?.height).toBeLessThanOrEqual(25 * 40 + 42);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it(`is under ${boundPhone} px on a 390 px phone, without sideways scrolling, axe-clean`, async () => {
    const { page, errors } = await visit(browser(), `${national}/network?region=ID`, 390);
    expect(await pageHeight(page)).toBeLessThan(boundPhone);
    expect(await overflowsSideways(page)).toBe(false);
    expect(await page.locator('[data-more="table"] button').isVisible()).toBe(true);
    expect(await seriousInVisits(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
