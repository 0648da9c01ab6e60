// Browser tests of /impact as the long-term page: the event study by years since first coaching,
// the pre-trend and long-term sentences, the outcome switch and the per-cohort view, on the built
// app over the Banten demo dataset (whose planted coaching effect builds over three years, with
// none before coaching).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';
import {
  datasetYears,
  downloaded,
  expectFitsPhone,
  idDecimal,
  metricRows,
  overflowsSideways,
  screenshots,
  suppressInAnswers,
  visit,
  type ApiRow,
} from './results.js';

const base = inject('baseUrl');
const chart = '[data-chart="impact-event-study"]';

const browser = useBrowser();
let period = '';
beforeAll(async () => {
  const { first, last } = await datasetYears(base);
  period = `from=${first}-01-01&to=${last}-12-31`;
});

const eventRows = (rows: ApiRow[]) =>
  rows.filter((row) => row.event_time !== 'pre' && row.event_time !== 'post');
const signed = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${idDecimal(Math.abs(value))}%`;

describe('/impact: the event study', () => {
  it('draws one estimate per year since coaching, the base year at 0 and the years before shaded', async () => {
    const rows = await metricRows(base, 'event_study', `region=36&${period}`);
    const { page, errors, states } = await visit(browser(), `${base}/impact`);
    expect(states['impact-event-study']).toBe('ready');
    const points = await page.$$eval(`${chart} g.point`, (nodes) =>
      nodes.map((node) => ({
        key: node.getAttribute('data-key'),
        pre: node.getAttribute('data-pre'),
        label: node.getAttribute('aria-label'),
      })),
    );
    // −3 … 3 without −1, the base year.
    expect(points.map((point) => point.key)).toEqual(['-3', '-2', '0', '1', '2', '3']);
    expect(points.filter((point) => point.pre === 'true').map((point) => point.key)).toEqual([
      '-3',
      '-2',
    ]);
    for (const row of eventRows(rows)) {
      const point = points.find((p) => p.key === row.event_time);
      expect(point?.label, String(row.event_time)).toContain(signed(row.effect_pct as number));
    }
    expect(await page.locator(`${chart} g.base`).count()).toBe(1);
    expect(await page.textContent(`${chart} g.base text`)).toBe('tahun dasar: 0');
    // The shaded band covers the years before coaching: it ends left of the year-0 estimate.
    const shade = await page.locator(`${chart} rect.pre-shade`).boundingBox();
    const yearZero = await page.locator(`${chart} g.point[data-key="0"] circle`).boundingBox();
    expect(shade!.width).toBeGreaterThan(0);
    expect(shade!.x + shade!.width).toBeLessThan(yearZero!.x);
    await page.screenshot({ path: `${screenshots}impact-long-term.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in plain words that both groups grew alike before coaching, and what the long-term effect is', async () => {
    const rows = await metricRows(base, 'event_study', `region=36&${period}`);
    const pre = rows.find((row) => row.event_time === 'pre')!;
    const post = rows.find((row) => row.event_time === 'post')!;
    // The demo data plants no effect before coaching, so the check passes.
    expect(pre.p_value as number).toBeGreaterThan(0.05);
    const { page, errors } = await visit(browser(), `${base}/impact`);
    const p = (pre.p_value as number).toFixed(2);
    expect(await page.textContent('[data-pretrend]')).toBe(
      `Sebelum pembinaan, UMKM yang dibina dan yang belum dibina tumbuh serupa (p = ${p.replace('.', ',')}, di atas 0,05: perbedaan kecil di antara keduanya bisa saja kebetulan).`,
    );
    const longTerm = await page.textContent('[data-long-term]');
    expect(longTerm).toContain(`rata-rata ${idDecimal(post.effect_pct as number)}% lebih cepat`);
    expect(longTerm).toContain(`hingga 3 tahun sesudahnya`);
    // What the estimate does not prove stays on the page.
    const main = await page.textContent('main');
    expect(main).toContain('tidak membuktikan');
    expect(main).toContain('bukan uji acak');
    await page.goto(`${base}/impact?lang=en`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-pretrend]:has-text("p =")');
    expect(await page.textContent('[data-pretrend]')).toBe(
      `Before coaching, coached enterprises and those not yet coached grew alike (p = ${p}, above 0.05: the small difference between them may be chance).`,
    );
    expect(await page.textContent('[data-long-term]')).toContain(
      `${(post.effect_pct as number).toFixed(1)}% faster`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the outcome switch puts outcome= in the URL and redraws both charts for that outcome', async () => {
    const rows = await metricRows(base, 'event_study', `region=36&${period}&outcome=employees`);
    const { page, errors } = await visit(browser(), `${base}/impact`);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.click('[data-outcome-switch] button[data-outcome="employees"]');
    await page.waitForURL(/outcome=employees/);
    await page.waitForFunction(
      (title) =>
        document.querySelector('#impact-event-study-title')?.textContent?.startsWith(title),
      'Tenaga kerja',
    );
    const year2 = eventRows(rows).find((row) => row.event_time === '2')!;
    await page.waitForFunction(
      ([selector, text]) =>
        document.querySelector(selector!)?.getAttribute('aria-label')?.includes(text!) ?? false,
      [`${chart} g.point[data-key="2"]`, signed(year2.effect_pct as number)],
    );
    expect(requests.some((url) => /event_study\?.*outcome=employees/.test(url))).toBe(true);
    expect(requests.some((url) => /impact\?.*outcome=employees/.test(url))).toBe(true);
    expect(await page.textContent('#impact-forest-title')).toContain('Tenaga kerja');
    expect(
      await page.getAttribute(
        '[data-outcome-switch] button[data-outcome="employees"]',
        'aria-pressed',
      ),
    ).toBe('true');
    // The view is a link: a reload keeps the outcome.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.textContent('#impact-event-study-title')).toContain('Tenaga kerja');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the per-cohort view follows one cohort, from the URL', async () => {
    const byCohort = await metricRows(base, 'event_study', `region=36&${period}&by=cohort`);
    const cohort = '2023';
    const mine = byCohort.filter((row) => row.cohort === cohort);
    const { page, errors } = await visit(browser(), `${base}/impact?lang=en`);
    await page.selectOption(`${chart} select[name="cohort"]`, cohort);
    await page.waitForURL(/cohort=2023/);
    await page.waitForFunction(
      ([selector, n]) => document.querySelectorAll(selector!).length === Number(n),
      [
        `${chart} g.point[data-estimable="true"]`,
        String(mine.filter((row) => row.att != null).length),
      ],
    );
    for (const row of mine) {
      const estimable = await page.getAttribute(
        `${chart} g.point[data-key="${row.event_time}"]`,
        'data-estimable',
      );
      expect(estimable, `event time ${row.event_time}`).toBe(String(row.effect_pct != null));
    }
    // Cohort 2023 has two years of outcomes before its base year (2021), not three.
    expect(await page.getAttribute(`${chart} g.point[data-key="-3"]`, 'data-estimable')).toBe(
      'false',
    );
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue(`${chart} select[name="cohort"]`)).toBe(cohort);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/impact: the horizon control', () => {
  const keys = async (page: Page) =>
    page.$$eval(`${chart} g.point`, (nodes) => nodes.map((node) => node.getAttribute('data-key')));

  it('changes the event times of the chart, puts horizon= in the URL, and works from the keyboard', async () => {
    const rows = eventRows(await metricRows(base, 'event_study', `region=36&${period}&horizon=5`));
    const { page, errors } = await visit(browser(), `${base}/impact`);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    expect(await page.inputValue('select[name="horizon"]')).toBe('3');
    expect(await page.textContent('label[for="impact-horizon"]')).toBe('Rentang tahun');
    expect(await page.textContent('#impact-horizon-hint')).toBe(
      'Berapa tahun sebelum dan sesudah pembinaan pertama yang dibandingkan di grafik.',
    );
    // From the keyboard: focus the select and step to the next horizon.
    await page.focus('select[name="horizon"]');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/horizon=4/);
    await page.waitForFunction(
      (selector) => !document.querySelector(selector),
      `${chart} g.point[data-key="-5"]`,
    );
    await page.waitForSelector(`${chart} g.point[data-key="-4"]`);
    await page.selectOption('select[name="horizon"]', '5');
    await page.waitForURL(/horizon=5/);
    await page.waitForSelector(`${chart} g.point[data-key="5"]`);
    await page.waitForTimeout(600);
    expect(await keys(page)).toEqual(['-5', '-4', '-3', '-2', '0', '1', '2', '3', '4', '5']);
    expect(requests.some((url) => /event_study\?.*horizon=5/.test(url))).toBe(true);
    // The points are the API's estimates at that horizon.
    for (const row of rows.filter((r) => typeof r.effect_pct === 'number')) {
      expect(
        await page.getAttribute(`${chart} g.point[data-key="${row.event_time}"]`, 'aria-label'),
        String(row.event_time),
      ).toContain(signed(row.effect_pct as number));
    }
    // The view is a link: a reload keeps the horizon; the default leaves the URL.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue('select[name="horizon"]')).toBe('5');
    await page.waitForSelector(`${chart} g.point[data-key="-5"]`);
    await page.selectOption('select[name="horizon"]', '3');
    await page.waitForURL((url) => !url.searchParams.has('horizon'));
    await page.waitForFunction(
      (selector) => !document.querySelector(selector),
      `${chart} g.point[data-key="4"]`,
    );
    expect(await keys(page)).toEqual(['-3', '-2', '0', '1', '2', '3']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a bad horizon in the link gets the visible 400 sentence in the chart', async () => {
    const { page, errors, states } = await visit(browser(), `${base}/impact?horizon=11&lang=en`);
    expect(states['impact-event-study']).toBe('error');
    expect((await page.textContent(`${chart} [role="alert"] .state-detail`))?.trim()).toBe(
      'horizon must be a whole number of years from 1 to 10, not "11".',
    );
    // The one-year estimate does not take a horizon and is still drawn.
    expect(states['impact-forest']).toBe('ready');
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
    await page.context().close();
  });

  it('prints the chosen horizon, in the page language', async () => {
    const { page, errors } = await visit(browser(), `${base}/impact?horizon=6`);
    await page.emulateMedia({ media: 'print' });
    // The control itself (label, select, hint) stays on screen; the sentence prints instead.
    expect(await page.isVisible('[data-horizon-control]')).toBe(false);
    expect(await page.textContent('[data-print-horizon]')).toBe(
      'Rentang tahun: 6 tahun sebelum dan sesudah pembinaan pertama',
    );
    expect(await page.isVisible('[data-print-horizon]')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('[data-print-horizon]')).toBe(false);
    await page.goto(`${base}/impact?horizon=1&lang=en`, { waitUntil: 'networkidle' });
    expect(await page.textContent('[data-print-horizon]')).toBe(
      'Horizon: 1 year before and after first coaching',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 390 px phone at the longest horizon, the control included', async () => {
    const { page, errors } = await visit(browser(), `${base}/impact?horizon=10`, 390);
    expect(await page.isVisible('select[name="horizon"]')).toBe(true);
    const box = await page.locator('select[name="horizon"]').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await keys(page)).toContain('10');
    expect(await overflowsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the overview', () => {
  it('says which horizon its impact headline shows: one year after first coaching', async () => {
    const { last } = await datasetYears(base);
    const overview = (await (
      await fetch(`${base}/api/overview?region=36&year=${last}`)
    ).json()) as {
      current: { effect_pct: number };
    };
    const { page, errors } = await visit(browser(), `${base}/`);
    const card = page.locator('[data-stat="effect_pct"]');
    expect(await card.locator('.value').textContent()).toBe(signed(overview.current.effect_pct));
    expect(await card.locator('.note').textContent()).toContain(
      'Setahun sesudah pembinaan pertama (t−1 ke t+1)',
    );
    await page.goto(`${base}/?lang=en`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-stat="effect_pct"] .note');
    expect(await page.textContent('[data-stat="effect_pct"] .note')).toContain(
      'One year after first coaching (t−1 to t+1)',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/impact: table, downloads, suppression, phone', () => {
  it('shows the estimates as a table and downloads them as CSV, SVG and PNG', async () => {
    const rows = eventRows(await metricRows(base, 'event_study', `region=36&${period}`));
    const { page, errors } = await visit(browser(), `${base}/impact?lang=en`);
    await page.click(`${chart} button:has-text("Table")`);
    expect(await page.locator(`${chart} tbody tr`).count()).toBe(rows.length);
    const csv = await downloaded(page, `${chart} [data-download="csv"]`);
    expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^Years since coaching,Revenue \(%\)/);
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[1]!.split(',')[0]).toBe('-3');
    await page.click(`${chart} button:has-text("Chart")`);
    const svg = await downloaded(page, `${chart} [data-download="svg"]`);
    expect(svg.text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.text).toContain('base year: 0');
    expect(svg.text).toContain('before coaching');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${chart} [data-download="png"]`),
    ]);
    const bytes = await readFile((await png.path()) ?? '');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a suppressed estimate reads "< 5" on the chart and in the table, never as zero', async () => {
    const { page, errors } = await visit(browser(), `${base}/impact`, 1280, (page) =>
      suppressInAnswers(page, 'event_study', (row) =>
        row.event_time === '3' && row.cohort === undefined
          ? ['treated_n', 'att', 'se', 'effect_pct', 'ci_low_pct', 'ci_high_pct']
          : [],
      ),
    );
    const point = page.locator(`${chart} g.point[data-key="3"]`);
    expect(await point.getAttribute('data-suppressed')).toBe('true');
    expect(await point.locator('text.value').textContent()).toBe('< 5');
    await page.click(`${chart} button:has-text("Tabel")`);
    const hidden = await page.$$eval(`${chart} td.suppressed`, (cells) =>
      cells.map((cell) => cell.textContent),
    );
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    expect(hidden.every((text) => text === '< 5')).toBe(true);
    expect(await page.textContent(`${chart} figcaption`)).toContain('disembunyikan');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a hidden pre-trend test or long-term effect says it is hidden, not that it is missing', async () => {
    const { page, errors } = await visit(browser(), `${base}/impact?lang=en`, 1280, (page) =>
      suppressInAnswers(page, 'event_study', (row) =>
        row.event_time === 'pre'
          ? ['wald', 'p_value']
          : row.event_time === 'post'
            ? ['att', 'se', 'effect_pct', 'ci_low_pct', 'ci_high_pct']
            : [],
      ),
    );
    expect(await page.textContent('[data-pretrend]')).toBe(
      'The check before coaching is hidden: too few enterprises (fewer than 5) to publish.',
    );
    expect(await page.textContent('[data-long-term]')).toBe(
      'The long-term effect is hidden: too few enterprises (fewer than 5) to publish.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    await expectFitsPhone(browser(), `${base}/impact`, {
      marks: `${chart} g.point`,
      count: 6,
      screenshot: 'impact-390.png',
    });
  });
});
