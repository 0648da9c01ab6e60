// Browser tests of /programs: per council and per program type, target against participants,
// completion and costs, a sortable table, downloads and URL state, on the built app over the
// Banten demo dataset.
import { label, programTypes } from '@anyam/core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';
import {
  datasetYears,
  downloaded,
  expectFitsPhone,
  metricRows,
  screenshots,
  suppressInAnswers,
  visit,
  type ApiRow,
} from './results.js';

const base = inject('baseUrl');
const chart = '[data-chart="programs-chart"]';
const table = '[data-table="programs"]';

const browser = useBrowser();
let year = 0;
beforeAll(async () => {
  year = (await datasetYears(base)).last;
});

const idInteger = (value: number) => new Intl.NumberFormat('id-ID').format(value);

describe('/programs', () => {
  it('is in the navigation and shows every council of the province, with the totals in a sentence', async () => {
    const rows = await metricRows(base, 'programs', `region=36&year=${year}&by=council`);
    const [total] = await metricRows(base, 'programs', `region=36&year=${year}`);
    const { page, errors, states } = await visit(browser(), `${base}/`);
    expect(states['reach-map']).toBeDefined();
    await page.click('nav a[href^="/programs"]');
    await page.waitForURL(/\/programs/);
    await page.waitForSelector(`${chart}[data-status="ready"]`);
    expect(await page.getAttribute('nav a[href^="/programs"]', 'aria-current')).toBe('page');
    expect(await page.locator(`${chart} g.bar`).count()).toBe(rows.length);
    expect(await page.locator(`${table} tbody tr`).count()).toBe(rows.length);
    const summary = await page.textContent('[data-programs-summary]');
    expect(summary).toContain(`${idInteger(total!.programs as number)} program`);
    expect(summary).toContain(`${idInteger(total!.participants as number)} peserta`);
    expect(summary).toContain(`target ${idInteger(total!.target_participants as number)}`);
    // Target attainment per council, with the 100% line.
    const dkr = rows.find((row) => row.council_id === 'DKR-36.03')!;
    const attainment = `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(100 * (dkr.target_attainment as number))}%`;
    expect(await page.getAttribute(`${chart} g.bar[data-key="DKR-36.03"]`, 'aria-label')).toBe(
      `Kab. Tangerang: ${attainment}`,
    );
    expect(await page.textContent(`${chart} g.reference text`)).toBe('100%');
    await page.screenshot({ path: `${screenshots}programs.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('by program type and a cost measure: both in the URL, labels and rupiah per language', async () => {
    const rows = await metricRows(base, 'programs', `region=36&year=${year}&by=program_type`);
    const { page, errors } = await visit(browser(), `${base}/programs?lang=en`);
    await page.click(`${chart} button[data-by="program_type"]`);
    await page.waitForURL(/by=program_type/);
    await page.waitForSelector(`${chart} g.bar[data-key="training"]`);
    await page.waitForSelector(`${chart} g.bar[data-key="DKR-36"]`, { state: 'detached' });
    expect(await page.locator(`${chart} g.bar`).count()).toBe(programTypes.length);
    await page.selectOption(`${chart} select[name="measure"]`, 'cost_per_completion');
    await page.waitForURL(/measure=cost_per_completion/);
    await page.waitForSelector(`#programs-chart-title:has-text("Cost per completion")`);
    const exhibition = rows.find((row) => row.program_type === 'exhibition')!;
    const bar = await page.getAttribute(`${chart} g.bar[data-key="exhibition"]`, 'aria-label');
    expect(bar).toMatch(new RegExp(`^${label('program_type', 'exhibition', 'en')}: Rp `));
    // The most expensive completion comes first: exhibitions in the demo data.
    const first = await page.getAttribute(`${chart} g.bar >> nth=0`, 'data-key');
    const dearest = [...rows].sort(
      (a, b) => (b.cost_per_completion as number) - (a.cost_per_completion as number),
    )[0]!;
    expect(first).toBe(dearest.program_type);
    expect(exhibition.cost_per_completion).not.toBeNull();
    expect(await page.locator(`${chart} g.reference`).count()).toBe(0);
    // The view is a link.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue(`${chart} select[name="measure"]`)).toBe('cost_per_completion');
    expect(await page.getAttribute(`${chart} button[data-by="program_type"]`, 'aria-pressed')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a column heading sorts the table both ways, kept in the URL', async () => {
    const rows = await metricRows(base, 'programs', `region=36&year=${year}&by=council`);
    const { page, errors } = await visit(browser(), `${base}/programs`);
    const byCost = (direction: 1 | -1) =>
      [...rows]
        .sort(
          (a, b) =>
            direction * ((a.cost_per_participant as number) - (b.cost_per_participant as number)),
        )
        .map((row) => row.council_id);
    const order = () =>
      page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => tr.getAttribute('data-key')));
    await page.click(`${table} th button[data-sort="cost_per_participant"]`);
    await page.waitForURL(/sort=cost_per_participant&dir=desc/);
    expect(await order()).toEqual(byCost(-1));
    expect(
      await page.getAttribute(
        `${table} th:has(button[data-sort="cost_per_participant"])`,
        'aria-sort',
      ),
    ).toBe('descending');
    await page.click(`${table} th button[data-sort="cost_per_participant"]`);
    await page.waitForURL(/dir=asc/);
    expect(await order()).toEqual(byCost(1));
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector(`${table} tbody tr`);
    expect(await order()).toEqual(byCost(1));
    // The CSV is the table as sorted, with Indonesian headers.
    const csv = await downloaded(page, `${table} [data-download="csv"]`);
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^Dekranasda,Program,Target peserta,Peserta/);
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[1]).toMatch(/^Kota Serang|^Kab\.|^Kota|^Prov\./);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the chart downloads as SVG and CSV', async () => {
    const { page, errors } = await visit(browser(), `${base}/programs?lang=en`);
    const svg = await downloaded(page, `${chart} [data-download="svg"]`);
    expect(svg.text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.text).toContain('Kab. Tangerang');
    const csv = await downloaded(page, `${chart} [data-download="csv"]`);
    expect(csv.text.split(/\r\n/)[0]).toMatch(/^Council,Programs/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('suppressed cells read "< 5" in the chart and the table, and sort last', async () => {
    const hide = (row: ApiRow) =>
      row.council_id === 'DKR-36.72'
        ? [
            'participants',
            'completed',
            'target_attainment',
            'completion_rate',
            'cost_per_participant',
            'cost_per_completion',
          ]
        : [];
    const { page, errors } = await visit(browser(), `${base}/programs`, 1280, (page) =>
      suppressInAnswers(page, 'programs', hide),
    );
    const bar = page.locator(`${chart} g.bar[data-key="DKR-36.72"]`);
    expect(await bar.getAttribute('data-suppressed')).toBe('true');
    expect(await bar.getAttribute('aria-label')).toBe('Kota Cilegon: < 5');
    const row = page.locator(`${table} tr[data-key="DKR-36.72"]`);
    const cells = await row.locator('td.suppressed').allTextContents();
    expect(cells).toHaveLength(6);
    expect(cells.every((text) => text === '< 5')).toBe(true);
    // Programs, targets and budgets are public: still shown.
    expect(await row.locator('td').nth(1).textContent()).toMatch(/^\d+$/);
    await page.click(`${table} th button[data-sort="participants"]`);
    await page.waitForURL(/sort=participants/);
    expect(await page.getAttribute(`${table} tbody tr >> nth=-1`, 'data-key')).toBe('DKR-36.72');
    expect(await page.textContent('main')).toContain('disembunyikan');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    await expectFitsPhone(browser(), `${base}/programs`, {
      marks: `${chart} g.bar`,
      count: 9,
      screenshot: 'programs-390.png',
    });
  });
});
