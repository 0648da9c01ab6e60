// Browser tests of /advice on the built app over the Banten demo dataset: the sub-scores inside
// each dimension (packaging, "kemasan", inside quality), the period of every count, the councils
// better than the advised one apart from the rest, and the clipboard text rounded as the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNumber, formatPercent } from '@anyam/core';
import { openDataset, type DatasetHandle } from '@anyam/duckdb';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fewProductsDataset } from '../../src/lib/server/councils/few-products-dataset.js';
import { chartStates, openPage, useBrowser } from './browser.js';
import { datasetYears } from './results.js';
import { startServer, type RunningServer } from './server.js';

const base = inject('baseUrl');

interface AdviceRow {
  council_id: string;
  rank: number;
  gap: number | null;
  dimension_score: number | null;
  visits_hosted: number | null;
  adoption_rate: number | null;
}
interface Advice {
  dimension: string;
  council: { council_id: string; region_code: string };
  rows: AdviceRow[];
}

const browser = useBrowser();
let dataset: DatasetHandle;
let year: number;
beforeAll(async () => {
  dataset = await openDataset(inject('dataDir'));
  year = (await datasetYears(base)).last;
});
afterAll(async () => {
  await dataset?.close();
});

async function advice(query: string): Promise<Advice> {
  return (await (await fetch(`${base}/api/advice?${query}`)).json()) as Advice;
}

async function visit(
  path: string,
  width = 1280,
  root = base,
): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser(), width);
  await page.goto(`${root}${path}`, { waitUntil: 'networkidle' });
  await chartStates(page);
  // The sub-scores are a request of their own, answered after the ranking.
  await page.waitForSelector('[data-sub-scores]');
  return { page, errors };
}

/**
 * A region's sub-scores on 0–100, written here independently of the dashboard's SQL: each
 * product's latest assessment by the end of `year` (a window instead of arg_max), averaged.
 */
async function expectedSubScores(region: string): Promise<Record<string, number>> {
  const [row] = await dataset.query(
    `WITH ranked AS (
       SELECT a.*, row_number() OVER (PARTITION BY a.product_id ORDER BY a.assessed_on DESC) AS rn
       FROM assessments a WHERE a.assessed_on <= make_date($year, 12, 31)
     )
     SELECT count(*)::INTEGER AS n,
       100 * avg((l.design - 1) / 4.0) AS design,
       100 * avg((l.craftsmanship - 1) / 4.0) AS craftsmanship,
       100 * avg((l.packaging - 1) / 4.0) AS packaging,
       100 * avg((l.material - 1) / 4.0) AS material,
       100 * avg(p.local_material_share) AS local_material_share,
       100 * avg((l.market_readiness - 1) / 4.0) AS market_readiness,
       100 * avg(len(list_distinct(coalesce(p.channels, []))) / 5.0) AS channels,
       100 * avg(least(len(list_distinct(coalesce(p.certifications, []))), 3) / 3.0) AS certifications
     FROM ranked l JOIN products p USING (product_id) JOIN enterprises e USING (enterprise_id)
     WHERE l.rn = 1 AND (e.region_code = $region OR starts_with(e.region_code, $region || '.'))`,
    { year, region },
  );
  return row as Record<string, number>;
}

describe('/advice sub-scores', () => {
  it('shows each dimension’s sub-scores with "kemasan" inside quality, as the data gives them', async () => {
    const { page, errors } = await visit('/advice?council=DKR-36.02&dimension=quality');
    const answer = await advice(`council=DKR-36.02&dimension=quality&year=${year}`);
    const own = await expectedSubScores('36.02');
    const block = page.locator('[data-sub-scores="DKR-36.02"]');
    for (const field of ['design', 'craftsmanship', 'packaging', 'material', 'channels']) {
      expect(await block.locator(`[data-sub="${field}"] [data-value]`).textContent()).toBe(
        formatNumber(own[field]!, 'id', 1),
      );
    }
    // Packaging is searched for as "kemasan" and is said to sit inside quality.
    expect(
      await block.locator('[data-dimension="quality"] [data-sub="packaging"]').textContent(),
    ).toMatch(/Kemasan/);
    expect(await page.textContent('[data-packaging-note]')).toMatch(
      /kemasan.*bagian dari dimensi kualitas.*rata-rata desain, pengerjaan dan kemasan/i,
    );
    // The weakest sub-score of the advised dimension is marked, in words too.
    const quality = ['design', 'craftsmanship', 'packaging'].map((field) => own[field]!);
    const weakest = ['design', 'craftsmanship', 'packaging'][quality.indexOf(Math.min(...quality))];
    expect(await block.locator('[data-weakest]').getAttribute('data-sub')).toBe(weakest);
    expect(await block.locator('[data-weakest]').textContent()).toMatch(/terlemah/);
    // Every candidate has its own sub-scores, from its own region's products.
    expect(await page.locator('[data-sub-scores]').count()).toBe(answer.rows.length + 1);
    const top = answer.rows[0]!;
    const councils = (await (await fetch(`${base}/api/councils`)).json()) as {
      councils: { council_id: string; region_code: string }[];
    };
    const topRegion = councils.councils.find((c) => c.council_id === top.council_id)!.region_code;
    const theirs = await expectedSubScores(topRegion);
    expect(
      await page
        .locator(`[data-sub-scores="${top.council_id}"] [data-sub="packaging"] [data-value]`)
        .textContent(),
    ).toBe(formatNumber(theirs.packaging!, 'id', 1));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the sub-scores in English too', async () => {
    const { page, errors } = await visit('/advice?council=DKR-36.02&dimension=quality&lang=en');
    const block = page.locator('[data-sub-scores="DKR-36.02"]');
    expect(await block.locator('[data-sub="packaging"]').textContent()).toMatch(/Packaging/);
    expect(await page.textContent('[data-packaging-note]')).toMatch(
      /packaging \(kemasan\) is part of the quality dimension/i,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/advice periods', () => {
  it('says the period of every count: visits over the years they were counted, not under one year', async () => {
    const { page, errors } = await visit('/advice?council=DKR-36.02');
    const [first] = await dataset.query(
      `SELECT min(year(visit_date))::INTEGER AS y FROM study_visits
       WHERE visit_date <= make_date($year, 12, 31) AND visiting_council_id <> host_council_id`,
      { year },
    );
    const visits = `${first!.y}–${year}`;
    expect(Number(first!.y)).toBeLessThan(year);
    // The title names no single year over counts of several.
    expect(await page.textContent('h1')).not.toMatch(new RegExp(`${year}\\s*$`));
    const facts = await page.$$eval('[data-top] .facts dt', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    expect(facts.find((text) => /Kunjungan/.test(text))).toContain(visits);
    expect(facts.find((text) => /adopsi/i.test(text))).toContain(visits);
    expect(facts.find((text) => /Skor dimensi/.test(text))).toContain(String(year));
    expect(await page.textContent('[data-periods]')).toContain(visits);
    // The table view's headers carry them too.
    await page.click('[data-chart="advice-candidates"] button:has-text("Tabel")');
    const headers = await page.$$eval('[data-chart="advice-candidates"] table th', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    expect(headers.find((text) => /Kunjungan diterima/.test(text))).toContain(visits);
    expect(headers.find((text) => /Tingkat adopsi/.test(text))).toContain(visits);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/advice better councils', () => {
  it('shows the councils ahead on the dimension apart, and offers their reasons only', async () => {
    const answer = await advice(`council=DKR-36.01&year=${year}`);
    // Ahead: the gap the page prints (one decimal) is above zero.
    const ahead = (row: AdviceRow) => row.gap !== null && Math.round(row.gap * 10) > 0;
    const better = answer.rows.filter(ahead).map((row) => row.council_id);
    const rest = answer.rows.filter((row) => !ahead(row)).map((row) => row.council_id);
    expect(better.length).toBeGreaterThan(1);
    expect(rest.length).toBeGreaterThan(0);
    const { page, errors } = await visit('/advice?council=DKR-36.01');
    const ids = (selector: string) =>
      page.$$eval(selector, (nodes) => nodes.map((node) => node.getAttribute('data-council')));
    expect(await page.getAttribute('[data-top]', 'data-top')).toBe(better[0]);
    expect(await ids('[data-group="better"] li[data-council]')).toEqual(better.slice(1));
    expect(await ids('[data-group="rest"] li[data-council]')).toEqual(rest);
    expect(await page.textContent('[data-group="better"] h2')).toMatch(/lebih unggul/i);
    expect(await page.textContent('[data-group="rest"] h2')).toMatch(/tidak lebih unggul/i);
    expect(await page.locator('[data-group="rest"] [data-copy]').count()).toBe(0);
    expect(await page.locator('[data-group="better"] [data-copy]').count()).toBe(better.length - 1);
    expect(await page.locator('[data-top] [data-copy]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers no reasons to copy when no council is ahead', async () => {
    const answer = await advice(`council=DKR-36.03&dimension=compliance&year=${year}`);
    expect(answer.rows.every((row) => (row.gap ?? 0) <= 0)).toBe(true);
    const { page, errors } = await visit('/advice?council=DKR-36.03&dimension=compliance');
    expect(await page.locator('main [data-copy]').count()).toBe(0);
    expect(await page.textContent('[data-none-ahead]')).toMatch(/^Tidak ada Dekranasda lain/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/advice copied text', () => {
  it.each(['id', 'en'] as const)('rounds as the page does, in %s', async (lang) => {
    const answer = await advice(`council=DKR-36.02&year=${year}&lang=${lang}`);
    const top = answer.rows[0]!;
    const { page, errors } = await visit(`/advice?council=DKR-36.02&lang=${lang}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const shown = await page.textContent('[data-top] [data-fact="adoption_rate"] dd');
    const rate = formatPercent(top.adoption_rate, lang);
    expect(shown).toBe(rate);
    await page.click('[data-top] [data-copy]');
    await page.waitForFunction(() =>
      /Tersalin|Copied/.test(document.querySelector('[data-top] [data-copy]')?.textContent ?? ''),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(rate);
    expect(copied).toContain(formatNumber(Math.abs(top.gap!), lang, 1));
    expect(copied).not.toMatch(new RegExp(`\\b${formatPercent(top.adoption_rate, lang, 0)}`));
    expect(copied).toMatch(
      lang === 'id' ? /studi tiru pada \d{4}–\d{4}/ : /study visits in \d{4}–\d{4}/,
    );
    // The lines on the page are the lines copied.
    const lines = await page.$$eval('[data-top] .reasons li', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    for (const line of lines) expect(copied).toContain(line);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/advice for a council with fewer than 5 products assessed', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = await fewProductsDataset(inject('dataDir'), '36.72', 3);
    server = await startServer(dir);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('states neither its scores nor a gap that would give them back, and offers nothing to copy', async () => {
    const { page, errors } = await visit(
      '/advice?council=DKR-36.72&dimension=quality',
      1280,
      server.url,
    );
    expect(await page.textContent('[data-own-hidden]')).toMatch(/kurang dari 5/);
    expect(await page.locator('main [data-copy]').count()).toBe(0);
    const own = page.locator('[data-sub-scores="DKR-36.72"]');
    expect(await own.locator('[data-sub="packaging"] [data-value]').textContent()).toBe('< 5');
    expect(await own.locator('[data-dimension="quality"] dt [data-value]').textContent()).toBe(
      '< 5',
    );
    const text = (await page.textContent('main')) ?? '';
    expect(text).not.toMatch(/unggul|tertinggal|setara|poin/);
    expect(await page.locator('[data-group="rest"] li[data-council]').count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
