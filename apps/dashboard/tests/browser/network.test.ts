// Browser tests of the visit follow-up on /network: each study visit with its host, the
// practices shown and adopted, and the visiting region's PCI before and after against the rest
// of its province, on the built app over the Banten demo dataset.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { useBrowser } from './browser.js';
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

const browser = useBrowser();
let last = 0;
beforeAll(async () => {
  last = (await datasetYears(base)).last;
});

const cells = (page: Page, visitId: string) =>
  page.locator(`${table} tr[data-key="${visitId}"] td`).allTextContents();

describe('/network: what followed each study visit', () => {
  it('lists every visit of the year with host, practices and PCI before, after and against the rest of the province', async () => {
    const year = last - 1;
    const rows = await metricRows(base, 'visit_outcomes', `region=36&year=${year}`);
    expect(rows.length).toBeGreaterThan(5);
    const { page, errors, states } = await visit(browser(), `${base}/network?year=${year}`);
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
    const { page, errors } = await visit(browser(), `${base}/network`);
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
    const { page, errors } = await visit(browser(), `${base}/network?year=${year}&lang=en`);
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
    const { page, errors } = await visit(browser(), `${base}/network?year=${year}`, 1280, (page) =>
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
    const { page, errors } = await visit(browser(), `${base}/network?year=${last - 1}`, 390);
    expect(await page.locator(`${table} tbody tr`).count()).toBeGreaterThan(0);
    expect(await overflowsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// The network at national size, on the nationwide test dataset (every council of Indonesia).
const national = inject('nationalBaseUrl');
const graphChart = '[data-chart="network-graph"]';

interface NetworkAnswer {
  nodes: { council_id: string; name: string; region_code: string | null }[];
  edges: { source: string; target: string; kind: 'visit' | 'joint'; events: number }[];
}

async function networkAnswer(query: string): Promise<NetworkAnswer> {
  const response = await fetch(`${national}/api/network?${query}`);
  if (!response.ok) throw new Error(`/api/network?${query}: ${response.status}`);
  return (await response.json()) as NetworkAnswer;
}

const provinceOf = (code: string | null) => (code ?? '').split('.')[0]!;

/** The drawn labels' boxes, and the chart's, as the browser lays them out. */
async function labelBoxes(page: Page) {
  return page.$eval(graphChart, (frame) => {
    const svg = frame.querySelector('svg.chart')!.getBoundingClientRect();
    const box = (rect: DOMRect) => ({
      x0: rect.left,
      x1: rect.right,
      y0: rect.top,
      y1: rect.bottom,
    });
    const labels = [...frame.querySelectorAll('g.node')].map((node) => ({
      id: node.getAttribute('data-id') ?? '',
      shown: node.querySelector('text')!.getAttribute('opacity') !== '0',
      text: node.querySelector('text')!.textContent ?? '',
      box: box(node.querySelector('text')!.getBoundingClientRect()),
    }));
    return { svg: box(svg), labels };
  });
}

/** Labels drawn overlap nowhere (half a pixel of anti-aliasing allowed) and stay inside the chart. */
function expectLegible(found: Awaited<ReturnType<typeof labelBoxes>>): void {
  const shown = found.labels.filter((label) => label.shown);
  const overlapping: string[] = [];
  for (let i = 0; i < shown.length; i += 1) {
    for (let j = i + 1; j < shown.length; j += 1) {
      const a = shown[i]!.box;
      const b = shown[j]!.box;
      if (a.x0 + 0.5 < b.x1 && b.x0 + 0.5 < a.x1 && a.y0 + 0.5 < b.y1 && b.y0 + 0.5 < a.y1)
        overlapping.push(`${shown[i]!.text} / ${shown[j]!.text}`);
    }
  }
  expect(overlapping).toEqual([]);
  for (const label of shown) {
    expect(label.box.x0, label.text).toBeGreaterThanOrEqual(found.svg.x0 - 0.5);
    expect(label.box.x1, label.text).toBeLessThanOrEqual(found.svg.x1 + 0.5);
    expect(label.text.endsWith('…'), label.text).toBe(false);
  }
}

describe('/network at national size (nationwide dataset)', () => {
  let year = 0;
  beforeAll(async () => {
    year = (await datasetYears(national)).last;
  });

  it('at region=ID sums the councils to their provinces, placed as on the map, names never overlapping', async () => {
    const answer = await networkAnswer(`region=ID&year=${year}`);
    const provinces = new Set(answer.nodes.map((node) => provinceOf(node.region_code)));
    expect(provinces.size).toBe(38);
    const { page, errors, states } = await visit(browser(), `${national}/network?region=ID`);
    expect(states['network-graph']).toBe('ready');
    const drawn = await page.$$eval(`${graphChart} g.node`, (nodes) =>
      nodes.map((node) => node.getAttribute('data-id')),
    );
    expect(new Set(drawn)).toEqual(provinces);
    // The busiest pair of provinces: its link stands for every visit between their councils.
    const sums = new Map<string, number>();
    for (const edge of answer.edges) {
      const from = provinceOf(answer.nodes.find((n) => n.council_id === edge.source)!.region_code);
      const to = provinceOf(answer.nodes.find((n) => n.council_id === edge.target)!.region_code);
      if (edge.kind !== 'visit' || from === to) continue;
      sums.set(`${from}|${to}`, (sums.get(`${from}|${to}`) ?? 0) + edge.events);
    }
    const [pair, events] = [...sums].sort((a, b) => b[1] - a[1])[0]!;
    expect(events).toBeGreaterThan(1);
    const [from, to] = pair.split('|');
    const title = await page.textContent(
      `${graphChart} path[data-kind="visit"][data-source="${from}"][data-target="${to}"] title`,
    );
    expect(title).toContain(`: ${events}`);
    expect(await page.locator(`${graphChart} path[data-kind="visit"]`).count()).toBe(sums.size);
    // The province table: visits within a province stay on its row.
    const within = answer.edges
      .filter(
        (edge) =>
          edge.kind === 'visit' &&
          provinceOf(answer.nodes.find((n) => n.council_id === edge.source)!.region_code) ===
            '35' &&
          provinceOf(answer.nodes.find((n) => n.council_id === edge.target)!.region_code) === '35',
      )
      .reduce((sum, edge) => sum + edge.events, 0);
    const cells = await page.locator('tr[data-key="35"] td').allTextContents();
    expect(cells[0]).toBe('Jawa Timur');
    expect(cells[2]).toBe(String(within));
    const labels = await labelBoxes(page);
    expect(labels.labels.filter((label) => label.shown).length).toBeGreaterThan(25);
    expectLegible(labels);
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it('a province opens its own network with Enter, and the arrow keys move between provinces', async () => {
    const inProvince = await networkAnswer(`region=35&year=${year}`);
    const { page, errors } = await visit(browser(), `${national}/network?region=ID&layout=graph`);
    // One tab stop for the whole chart.
    expect(await page.locator(`${graphChart} svg.chart [tabindex="0"]`).count()).toBe(1);
    const first = page.locator(`${graphChart} svg.chart [tabindex="0"]`);
    await first.focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(after).not.toBe(before);
    await page.locator(`${graphChart} g.node[data-id="35"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/region=35/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-chart="network-graph"] g.node').length === n,
      inProvince.nodes.length,
    );
    expect(await page.textContent(`${graphChart} h2`)).not.toContain('provinsi');
    expect(page.url()).toContain('layout=graph');
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it('a province of 100 councils names what fits, none overlapping or cut, the rest on hover', async () => {
    const answer = await networkAnswer(`region=35&year=${year}`);
    expect(answer.nodes.length).toBeGreaterThan(50);
    for (const width of [1280, 390]) {
      const { page, errors } = await visit(browser(), `${national}/network?region=35`, width);
      const labels = await labelBoxes(page);
      expect(labels.labels).toHaveLength(answer.nodes.length);
      expectLegible(labels);
      const hidden = labels.labels.find((label) => !label.shown);
      expect(hidden, 'a crowded network leaves some names to hover').toBeDefined();
      await page.hover(`${graphChart} g.node[data-id="${hidden!.id}"] circle`, { force: true });
      expect(await page.textContent(`${graphChart} g.hover-label text`)).toBe(hidden!.text);
      expect(await page.textContent(`${graphChart} .tooltip strong`)).toBe(hidden!.text);
      expect(await overflowsSideways(page)).toBe(false);
      await page.context().close();
      expect(errors).toEqual([]);
    }
  });

  it('the search rings the councils it finds and lights their links, and stays in the URL', async () => {
    const answer = await networkAnswer(`region=35&year=${year}`);
    const malang = answer.nodes
      .filter((node) => /\bMalang\b/.test(node.name))
      .map((node) => node.council_id)
      .sort();
    expect(malang).toHaveLength(2);
    const touching = answer.edges.filter(
      (edge) => malang.includes(edge.source) || malang.includes(edge.target),
    );
    const { page, errors } = await visit(browser(), `${national}/network?region=35`);
    await page.fill(`${graphChart} input[name="q"]`, 'malang');
    await page.waitForURL(/q=malang/);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-chart="network-graph"] g.node[data-found="true"]').length >
        0,
    );
    const found = await page.$$eval(`${graphChart} g.node[data-found="true"]`, (nodes) =>
      nodes.map((node) => node.getAttribute('data-id')).sort(),
    );
    expect(found).toEqual(malang);
    expect(await page.locator(`${graphChart} path[data-lit="true"]`).count()).toBe(touching.length);
    expect(await page.textContent('[data-search-status]')).toContain('2 ditemukan');
    // Their names are drawn, whatever else had to give way.
    for (const id of malang)
      expect(await page.getAttribute(`${graphChart} g.node[data-id="${id}"] text`, 'opacity')).toBe(
        '1',
      );
    // A link with the search opens it as it was; at ID the search finds the province.
    await page.goto(`${national}/network?region=ID&q=Kota%20Malang`, { waitUntil: 'networkidle' });
    await page.waitForSelector(`${graphChart} g.node[data-found="true"]`);
    expect(
      await page.$$eval(`${graphChart} g.node[data-found="true"]`, (nodes) =>
        nodes.map((node) => node.getAttribute('data-id')),
      ),
    ).toEqual(['35']);
    expect(await page.inputValue(`${graphChart} input[name="q"]`)).toBe('Kota Malang');
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it('the matrix view orders councils by province, then partners, and is one tab stop with arrow keys', async () => {
    const answer = await networkAnswer(`region=35&year=${year}`);
    const pairs = new Set<string>();
    const partners = new Map<string, Set<string>>();
    for (const edge of answer.edges) {
      pairs.add(`${edge.source}|${edge.target}`);
      if (edge.kind === 'joint') pairs.add(`${edge.target}|${edge.source}`);
      for (const [a, b] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (!partners.has(a)) partners.set(a, new Set());
        partners.get(a)!.add(b);
      }
    }
    const { page, errors } = await visit(browser(), `${national}/network?region=35&lang=en`);
    await page.click(`${graphChart} button[data-layout="matrix"]`);
    await page.waitForURL(/layout=matrix/);
    await page.waitForSelector(`${graphChart} rect[data-row]`);
    expect(await page.locator(`${graphChart} rect[data-row]`).count()).toBe(pairs.size);
    const order = await page.$$eval(`${graphChart} text.row`, (rows) =>
      rows.map((row) => row.getAttribute('data-id') ?? ''),
    );
    expect(order).toHaveLength(answer.nodes.length);
    const regionOf = new Map(answer.nodes.map((node) => [node.council_id, node.region_code]));
    for (let i = 1; i < order.length; i += 1) {
      const a = provinceOf(regionOf.get(order[i - 1]!) ?? null);
      const b = provinceOf(regionOf.get(order[i]!) ?? null);
      expect(a <= b, `${order[i - 1]} before ${order[i]}`).toBe(true);
      if (a === b)
        expect(partners.get(order[i - 1]!)?.size ?? 0).toBeGreaterThanOrEqual(
          partners.get(order[i]!)?.size ?? 0,
        );
    }
    expect(await page.locator(`${graphChart} svg.chart [tabindex="0"]`).count()).toBe(1);
    await page.locator(`${graphChart} svg.chart [tabindex="0"]`).focus();
    const at = () =>
      page.evaluate(() => {
        const cell = document.activeElement;
        return `${cell?.getAttribute('data-row')}|${cell?.getAttribute('data-column')}`;
      });
    const start = await at();
    await page.keyboard.press('ArrowRight');
    expect(await at()).not.toBe(start);
    const row = (await at()).split('|')[0]!;
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`council=${row.replace('.', '\\.')}`));
    await page.reload({ waitUntil: 'networkidle' });
    expect(
      await page.getAttribute(`${graphChart} button[data-layout="matrix"]`, 'aria-pressed'),
    ).toBe('true');
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it('at ID the CSV is the table of province pairs, and the SVG download is the view on screen', async () => {
    const answer = await networkAnswer(`region=ID&year=${year}`);
    const provinceOfCouncil = new Map(
      answer.nodes.map((node) => [node.council_id, provinceOf(node.region_code)]),
    );
    const pairs = new Set(
      answer.edges
        .map((edge) => ({
          ...edge,
          from: provinceOfCouncil.get(edge.source)!,
          to: provinceOfCouncil.get(edge.target)!,
        }))
        .filter((edge) => edge.from !== edge.to)
        .map((edge) =>
          edge.kind === 'joint'
            ? `joint|${[edge.from, edge.to].sort().join('|')}`
            : `visit|${edge.from}|${edge.to}`,
        ),
    );
    const { page, errors } = await visit(browser(), `${national}/network?region=ID&lang=en`);
    const csv = await downloaded(page, `${graphChart} [data-download="csv"]`);
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^From,To,/);
    expect(lines).toHaveLength(pairs.size + 1);
    expect(lines.some((line) => line.startsWith('Jawa Timur,'))).toBe(true);
    await page.click(`${graphChart} button[data-layout="matrix"]`);
    await page.waitForSelector(`${graphChart} rect[data-row]`);
    const svg = await downloaded(page, `${graphChart} [data-download="svg"]`);
    expect(svg.text).toContain('data-row="35"');
    expect(svg.text).toContain('The network between provinces');
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it('the graph with a search at ID and the matrix at a province have no serious or critical axe violation', async () => {
    for (const path of ['/network?region=ID&q=jawa', '/network?region=35&layout=matrix&lang=en']) {
      const { page, errors } = await visit(browser(), `${national}${path}`);
      // The network's chart and table: the rest of the page has its own axe test.
      expect(await seriousViolations(page, { include: [['.network']] }), path).toEqual([]);
      await page.context().close();
      expect(errors).toEqual([]);
    }
  });
});
