// Browser tests of the visit follow-up on /network: each study visit with its host, the
// practices shown and adopted, and the visiting region's PCI before and after against the rest
// of its province, on the built app over the Banten demo dataset.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.js';
import {
  datasetYears,
  downloaded,
  idDecimal,
  metricRows,
  overflowsSideways,
  screenshots,
  suppressInAnswers,
  visit,
  type ApiRow,
} from './results.js';

const base = inject('baseUrl');
const chart = '[data-chart="visit-outcomes"]';
const table = '[data-table="visit-outcomes"]';

let browser: Browser;
let last = 0;
beforeAll(async () => {
  browser = await launch();
  last = (await datasetYears(base)).last;
});
afterAll(async () => {
  await browser?.close();
});

const cells = (page: Page, visitId: string) =>
  page.locator(`${table} tr[data-key="${visitId}"] td`).allTextContents();

describe('/network: what followed each study visit', () => {
  it('lists every visit of the year with host, practices and PCI before, after and against the rest of the province', async () => {
    const year = last - 1;
    const rows = await metricRows(base, 'visit_outcomes', `region=36&year=${year}`);
    expect(rows.length).toBeGreaterThan(5);
    const { page, errors, states } = await visit(browser, `${base}/network?year=${year}`);
    expect(states['visit-outcomes']).toBe('ready');
    expect(await page.locator(`${table} tbody tr`).count()).toBe(rows.length);
    expect(await page.locator(`${chart} g.bar`).count()).toBe(rows.length);
    // A visit by a regency: its PCI change is set against the rest of Banten.
    const visitRow = rows.find(
      (row) => row.relative_change != null && row.visiting_council_id !== 'DKR-36',
    )!;
    const text = await cells(page, String(visitRow.visit_id));
    expect(text[0]).toBe(visitRow.visit_date);
    expect(text[3]).toBe(String(visitRow.practices_shown));
    expect(text[4]).toBe(String(visitRow.practices_adopted));
    expect(text[5]).toBe(idDecimal(visitRow.pci_before as number));
    expect(text[6]).toBe(idDecimal(visitRow.pci_after as number));
    expect(text[9]).toBe(
      new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        visitRow.relative_change as number,
      ),
    );
    // The province's own council has no rest of a province to compare with.
    const provincial = rows.find((row) => row.visiting_council_id === 'DKR-36');
    if (provincial) {
      expect((await cells(page, String(provincial.visit_id)))[9]).toBe('–');
      expect(
        await page.getAttribute(`${chart} g.bar[data-key="${provincial.visit_id}"]`, 'aria-label'),
      ).toContain('tanpa pembanding');
    }
    await page.locator('[data-visit-follow-up]').screenshot({
      path: `${screenshots}network-visits.png`,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the latest year says its follow-up is not assessed yet and offers the year before', async () => {
    const { page, errors } = await visit(browser, `${base}/network`);
    expect(await page.textContent('[data-no-after]')).toContain(String(last + 1));
    await page.click('[data-no-after] button');
    await page.waitForURL(new RegExp(`year=${last - 1}`));
    await page.waitForSelector('[data-no-after]', { state: 'detached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorts by the change against the rest of the province, in the URL, and downloads the table', async () => {
    const year = last - 1;
    const rows = await metricRows(base, 'visit_outcomes', `region=36&year=${year}`);
    const { page, errors } = await visit(browser, `${base}/network?year=${year}&lang=en`);
    await page.click(`${table} th button[data-sort="relative_change"]`);
    await page.waitForURL(/vsort=relative_change&vdir=desc/);
    const expected = [
      ...rows
        .filter((row) => row.relative_change != null)
        .sort((a, b) => (b.relative_change as number) - (a.relative_change as number)),
      ...rows.filter((row) => row.relative_change == null),
    ].map((row) => row.visit_id);
    const order = await page.$$eval(`${table} tbody tr`, (trs) =>
      trs.map((tr) => tr.getAttribute('data-key')),
    );
    expect(order).toEqual(expected);
    const csv = await downloaded(page, `${table} [data-download="csv"]`);
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines[0]).toBe(
      'Date,Visitor,Host,Practices shown,Practices adopted,PCI the year before,PCI the year after,PCI change,Rest of province change,Against the rest of the province',
    );
    expect(lines).toHaveLength(rows.length + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hidden PCI figures read "< 5", never zero', async () => {
    const year = last - 1;
    const hide = (_row: ApiRow, index: number) =>
      index === 0 ? ['assessed_after', 'pci_after', 'pci_change', 'relative_change'] : [];
    const rows = await metricRows(base, 'visit_outcomes', `region=36&year=${year}`);
    const { page, errors } = await visit(browser, `${base}/network?year=${year}`, 1280, (page) =>
      suppressInAnswers(page, 'visit_outcomes', hide),
    );
    const text = await cells(page, String(rows[0]!.visit_id));
    expect(text[6]).toBe('< 5');
    expect(text[7]).toBe('< 5');
    expect(text[9]).toBe('< 5');
    expect(
      await page.getAttribute(`${chart} g.bar[data-key="${rows[0]!.visit_id}"]`, 'aria-label'),
    ).toContain('< 5');
    expect(await page.textContent('[data-visit-follow-up]')).toContain('disembunyikan');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const { page, errors } = await visit(browser, `${base}/network?year=${last - 1}`, 390);
    expect(await page.locator(`${table} tbody tr`).count()).toBeGreaterThan(0);
    expect(await overflowsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
