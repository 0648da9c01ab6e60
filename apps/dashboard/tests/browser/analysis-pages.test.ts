// Browser tests of the network, impact, exhibitions, advice, SQL and data pages, on the built
// app over the Banten demo dataset, in Chromium.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chartStates, openPage, useBrowser } from './browser.js';
import { datasetYears, screenshots } from './results.js';
import { startServer } from './server.js';

const base = inject('baseUrl');

const browser = useBrowser();

async function visit(
  path: string,
  root = base,
): Promise<{ page: Page; errors: string[]; states: Record<string, string> }> {
  const { page, errors } = await openPage(browser());
  await page.goto(`${root}${path}`, { waitUntil: 'networkidle' });
  const states = await chartStates(page);
  return { page, errors, states };
}

const count = (page: Page, selector: string) => page.locator(selector).count();

describe('/network', () => {
  it('draws the graph, the council table and a practice timeline without console errors', async () => {
    const { page, errors, states } = await visit('/network');
    expect(states['network-graph']).toBe('ready');
    expect(states['diffusion-timeline']).toBe('ready');
    expect(await count(page, '[data-chart="network-graph"] g.node')).toBe(9);
    expect(
      await count(page, '[data-chart="network-graph"] path[data-kind="visit"]'),
    ).toBeGreaterThan(3);
    expect(
      await count(page, '[data-chart="network-graph"] path[data-kind="joint"]'),
    ).toBeGreaterThan(0);
    // Node size follows betweenness: the largest circle is the council with the highest value.
    const radii = await page.$$eval('[data-chart="network-graph"] g.node circle', (circles) =>
      circles.map((c) => Number(c.getAttribute('r'))),
    );
    expect(Math.max(...radii)).toBeGreaterThan(Math.min(...radii));
    expect(await count(page, '.panel tbody tr')).toBe(9);
    expect(await page.textContent('[data-graph-summary]')).toMatch(
      /9 Dekranasda terhubung oleh \d+ hubungan/,
    );
    expect(await count(page, '[data-chart="diffusion-timeline"] g.row')).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshots}network.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selecting a council or a practice puts it in the URL', async () => {
    const { page, errors } = await visit('/network');
    // The dot itself: a node's box also holds its name, placed beside it, with a gap between.
    await page.click('[data-chart="network-graph"] g.node[data-id="DKR-36.03"] circle');
    await page.waitForURL(/council=DKR-36\.03/);
    expect(
      await page.getAttribute(
        '[data-chart="network-graph"] g.node[data-id="DKR-36.03"]',
        'aria-pressed',
      ),
    ).toBe('true');
    expect(await page.getAttribute('.panel tr[data-key="DKR-36.03"]', 'class')).toContain(
      'selected',
    );
    const options = await page.$$eval('select[name="practice"] option', (nodes) =>
      nodes.map((node) => (node as HTMLOptionElement).value),
    );
    expect(options.length).toBeGreaterThan(1);
    const before = await page.$$eval('[data-chart="diffusion-timeline"] g.row', (rows) =>
      rows.map((row) => row.getAttribute('aria-label')).join('|'),
    );
    await page.selectOption('select[name="practice"]', options[1]!);
    await page.waitForURL(new RegExp(`practice=${options[1]}`));
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('[data-chart="diffusion-timeline"] g.row')]
          .map((row) => row.getAttribute('aria-label'))
          .join('|') !== text,
      before,
    );
    // Both choices survive a reload: the view is a link.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue('select[name="practice"]')).toBe(options[1]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the graph as CSV and SVG', async () => {
    const { page, errors } = await visit('/network?lang=en');
    const frame = '[data-chart="network-graph"]';
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${frame} [data-download="csv"]`),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^anyam-network-[a-z-]+-36-\d{4}-en\.csv$/);
    const lines = (await readFile((await csv.path()) ?? '', 'utf8'))
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('From,To,Kind,Events (count)');
    expect(lines.length).toBeGreaterThan(5);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${frame} [data-download="svg"]`),
    ]);
    const text = await readFile((await svg.path()) ?? '', 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('Kab. Tangerang');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/impact', () => {
  it('draws estimates with intervals, the pooled row, and says what it means and does not prove', async () => {
    const { page, errors, states } = await visit('/impact');
    expect(states['impact-forest']).toBe('ready');
    expect(
      await count(page, '[data-chart="impact-forest"] g.row[data-estimable="true"]'),
    ).toBeGreaterThanOrEqual(2);
    expect(await count(page, '[data-chart="impact-forest"] g.row[data-key="all"]')).toBe(1);
    expect(await page.textContent('[data-meaning]')).toMatch(/lebih (cepat|lambat)|mencakup nol/);
    expect(await page.textContent('main')).toContain('bukan uji acak');
    expect(await page.textContent('main')).toContain('tren paralel');
    await page.screenshot({ path: `${screenshots}impact.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an earlier year puts it in the URL and shows only the cohorts up to it', async () => {
    const { last } = await datasetYears(base);
    const { page, errors } = await visit('/impact?lang=en');
    const cohorts = () =>
      page.$$eval('[data-chart="impact-forest"] g.row', (rows) =>
        rows.map((row) => row.getAttribute('data-key')),
      );
    expect(await cohorts()).toContain(String(last));
    await page.selectOption('select[name="year"]', String(last - 1));
    await page.waitForURL(new RegExp(`year=${last - 1}`));
    await page.waitForFunction(
      (year) => !document.querySelector(`[data-chart="impact-forest"] g.row[data-key="${year}"]`),
      String(last),
    );
    expect(await cohorts()).not.toContain(String(last));
    expect(await page.textContent('[data-meaning]')).toMatch(/faster|slower|includes zero/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the forest plot as a PNG image', async () => {
    const { page, errors } = await visit('/impact');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-chart="impact-forest"] [data-download="png"]'),
    ]);
    expect(png.suggestedFilename()).toMatch(/^anyam-impact-[a-z0-9-]+-36-\d{4}-id\.png$/);
    const bytes = await readFile((await png.path()) ?? '');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/exhibitions', () => {
  it('draws sales and leads by scale and joint vs single organizers', async () => {
    const { page, errors, states } = await visit('/exhibitions');
    for (const chart of [
      'exhibition-sales',
      'exhibition-leads',
      'exhibition-joint',
      'exhibition-per-exhibitor',
    ]) {
      expect(states[chart], chart).toBe('ready');
    }
    expect(await count(page, '[data-chart="exhibition-sales"] g.bar')).toBe(4);
    expect(await count(page, '[data-chart="exhibition-joint"] g.bar')).toBe(2);
    expect(await page.textContent('[data-joint-sentence]')).toMatch(
      /Di pameran bersama, satu UMKM rata-rata menjual Rp/,
    );
    await page.screenshot({ path: `${screenshots}exhibitions.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a year puts it in the URL and changes the figures; the table downloads as CSV', async () => {
    const { last } = await datasetYears(base);
    const { page, errors } = await visit('/exhibitions?lang=en');
    const labels = () =>
      page.$$eval('[data-chart="exhibition-sales"] g.bar', (bars) =>
        bars.map((bar) => bar.getAttribute('aria-label')).join('|'),
      );
    const before = await labels();
    await page.selectOption('select[name="year"]', String(last - 1));
    await page.waitForURL(new RegExp(`year=${last - 1}`));
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('[data-chart="exhibition-sales"] g.bar')]
          .map((bar) => bar.getAttribute('aria-label'))
          .join('|') !== text,
      before,
    );
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-chart="exhibition-joint"] [data-download="csv"]'),
    ]);
    const lines = (await readFile((await csv.path()) ?? '', 'utf8'))
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe(
      'Kind,Exhibitions (count),Exhibitors (count),Sales (Rp),Sales per exhibitor (Rp),Buyer leads (count)',
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'Joint exhibition',
      'Single organizer',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/advice', () => {
  it('recommends a council to visit with reasons, for the weakest dimension by default', async () => {
    const { page, errors, states } = await visit('/advice');
    expect(states['advice-candidates']).toBe('ready');
    expect(await count(page, '[data-chart="advice-candidates"] g.bar')).toBeGreaterThan(2);
    expect(await page.textContent('.dimension-sentence')).toMatch(/^Dimensi terlemah/);
    expect(await count(page, '[data-top] .reasons li')).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('[data-top] h2')).toMatch(/^Kunjungi /);
    await page.screenshot({ path: `${screenshots}advice.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('council and dimension live in the URL, and the reasons copy to the clipboard', async () => {
    const { page, errors } = await visit('/advice?lang=en');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.selectOption('select[name="council"]', 'DKR-36.02');
    await page.waitForURL(/council=DKR-36\.02/);
    await page.selectOption('select[name="dimension"]', 'market');
    await page.waitForURL(/dimension=market/);
    await page.waitForSelector('.dimension-sentence[data-dimension="market"]');
    expect(await page.textContent('.dimension-sentence')).toMatch(
      /^Chosen dimension: market; Kab\. Lebak scores \d/,
    );
    expect(
      await page.$$eval('.others li', (items) =>
        items.map((item) => item.getAttribute('data-council')),
      ),
    ).not.toContain('DKR-36.02');
    await page.click('[data-top] [data-copy]');
    await page.waitForFunction(() =>
      document.querySelector('[data-top] [data-copy]')?.textContent?.includes('Copied'),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Study visit proposal: Kab\. Lebak to .+ \(market\)\n- Products of .+ on market/,
    );
    // A header filter keeps the page's own choices.
    const { last } = await datasetYears(base);
    await page.selectOption('select[name="year"]', String(last - 1));
    await page.waitForURL(new RegExp(`year=${last - 1}`));
    expect(page.url()).toMatch(/council=DKR-36\.02/);
    expect(page.url()).toMatch(/dimension=market/);
    expect(await page.inputValue('select[name="council"]')).toBe('DKR-36.02');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/advice when the council already leads', () => {
  it('says no other council scores higher, instead of implying one does', async () => {
    // The council with the best quality score has nobody ahead of it on quality.
    const { councils } = (await (await fetch(`${base}/api/councils`)).json()) as {
      councils: { council_id: string; region_code: string }[];
    };
    let leader: { council_id: string; region_code: string } | null = null;
    for (const council of councils) {
      const answer = (await (
        await fetch(`${base}/api/advice?council=${council.council_id}&dimension=quality`)
      ).json()) as { rows: { gap: number | null }[] };
      if (answer.rows.length > 0 && (answer.rows[0]!.gap ?? 1) <= 0) leader = council;
    }
    expect(leader).not.toBeNull();
    const { page, errors } = await visit(`/advice?council=${leader!.council_id}&dimension=quality`);
    await page.waitForSelector('[data-top]');
    expect(await page.textContent('[data-none-ahead]')).toMatch(
      /^Tidak ada Dekranasda lain yang lebih unggul pada kualitas: .+ sudah terbaik/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/sql', () => {
  it('opens with a result, lists the tables and the example queries', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${base}/sql`, { waitUntil: 'networkidle' });
    await page.waitForSelector('table[data-result] tbody tr');
    expect(await count(page, 'table[data-result] tbody tr')).toBe(9);
    expect(await count(page, '[data-tables] > li')).toBe(14);
    expect(await count(page, '[data-examples] li')).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: `${screenshots}sql.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs with Ctrl+Enter, shows DuckDB’s error, the cut notice, and downloads CSV', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${base}/sql?lang=en`, { waitUntil: 'networkidle' });
    await page.waitForSelector('table[data-result]');
    await page.fill('#sql-editor', 'SELECT no_such_column FROM councils');
    await page.press('#sql-editor', 'Control+Enter');
    await page.waitForSelector('[data-sql-error]');
    expect(await page.textContent('[data-sql-error]')).toContain('no_such_column');
    await page.fill('#sql-editor', 'SELECT range AS n FROM range(20000)');
    await page.press('#sql-editor', 'Control+Enter');
    await page.waitForSelector('[data-truncated]');
    expect(await page.textContent('[data-truncated]')).toMatch(/cut at the first 10,000 rows/);
    expect(await page.getAttribute('[data-row-count]', 'data-row-count')).toBe('10000');
    await page.fill('#sql-editor', 'SELECT council_id, name FROM councils ORDER BY 1');
    await page.click('[data-run]');
    await page.waitForFunction(
      () => document.querySelector('[data-row-count]')?.getAttribute('data-row-count') === '9',
    );
    await page.waitForURL(/sql=SELECT/);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.results [data-download="csv"]'),
    ]);
    const lines = (await readFile((await csv.path()) ?? '', 'utf8'))
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('council_id,name');
    expect(lines).toHaveLength(10);
    // The query is in the URL: opening the link shows the same console.
    await page.goto(page.url(), { waitUntil: 'networkidle' });
    expect(await page.inputValue('#sql-editor')).toBe(
      'SELECT council_id, name FROM councils ORDER BY 1',
    );
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
    await page.context().close();
  });

  it('an example query runs from the list', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${base}/sql`, { waitUntil: 'networkidle' });
    await page.click('[data-example="study-visit-hosts.sql"]');
    await page.waitForFunction(
      () =>
        document.querySelector('table[data-result] th')?.textContent?.includes('council_id') &&
        document.querySelectorAll('table[data-result] th').length > 5,
    );
    expect(await page.inputValue('#sql-editor')).toContain('visits_hosted');
    await page.context().close();
  });

  it('asks for the token when ANYAM_SQL_TOKEN is set, and refuses a wrong one', async () => {
    process.env.ANYAM_SQL_TOKEN = 'tok-analyst';
    const server = await startServer(inject('dataDir'));
    delete process.env.ANYAM_SQL_TOKEN;
    try {
      const denied = await fetch(`${server.url}/api/sql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"sql":"SELECT 1"}',
      });
      expect(denied.status).toBe(401);
      const { page } = await openPage(browser());
      await page.goto(`${server.url}/sql?lang=en`, { waitUntil: 'networkidle' });
      await page.waitForSelector('input[name="token"]');
      expect(await page.isDisabled('[data-run]')).toBe(true);
      await page.fill('input[name="token"]', 'wrong');
      await page.click('form.token button[type="submit"]');
      // The console checks the token at once (listing the tables) and asks again when it is wrong.
      await page.waitForSelector('form.token [role="alert"]');
      expect(await page.isDisabled('[data-run]')).toBe(true);
      expect(await page.textContent('form.token [role="alert"]')).toMatch(/token is wrong/);
      await page.fill('input[name="token"]', 'tok-analyst');
      await page.click('form.token button[type="submit"]');
      await page.click('[data-run]');
      await page.waitForSelector('table[data-result] tbody tr');
      expect(await page.evaluate(() => sessionStorage.getItem('anyam-sql-token'))).toBe(
        'tok-analyst',
      );
      expect(page.url()).not.toContain('tok-analyst');
      await page.context().close();
    } finally {
      await server.stop();
    }
  });
});

describe('/data', () => {
  it('shows the manifest, rows per table and the data dictionary', async () => {
    const { page, errors, states } = await visit('/data');
    expect(states['dataset-rows']).toBe('ready');
    expect(await count(page, '[data-chart="dataset-rows"] g.bar')).toBe(14);
    expect(await page.textContent('[data-made-by]')).toMatch(
      /anyam generate · scale banten · seed 42/,
    );
    expect(await count(page, 'article[data-table]')).toBe(14);
    expect(await page.textContent('article[data-table="artisans"]')).not.toContain('nik');
    await page.screenshot({ path: `${screenshots}data.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the table choice lives in the URL, and a table downloads as Parquet and CSV', async () => {
    const { page, errors } = await visit('/data');
    await page.selectOption('select[name="table"]', 'study_visits');
    await page.waitForURL(/table=study_visits/);
    await page.waitForFunction(() => document.querySelectorAll('article[data-table]').length === 1);
    const [parquet] = await Promise.all([
      page.waitForEvent('download'),
      page.click('article[data-table="study_visits"] [data-download="parquet"]'),
    ]);
    expect(parquet.suggestedFilename()).toBe('anyam-study_visits.parquet');
    const bytes = await readFile((await parquet.path()) ?? '');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('article[data-table="study_visits"] [data-download="csv"]'),
    ]);
    const lines = (await readFile((await csv.path()) ?? '', 'utf8')).trim().split('\n');
    expect(lines[0]).toBe(
      'visit_id,visiting_council_id,host_council_id,visit_date,delegation_size,practice_ids',
    );
    const health = (await (await fetch(`${base}/api/health`)).json()) as {
      dataset: { tables: Record<string, number> };
    };
    expect(lines.length).toBe(health.dataset.tables.study_visits! + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
