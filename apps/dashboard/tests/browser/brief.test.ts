import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatValue, type ValueKind } from '../../src/lib/format.js';
import { tr } from '../../src/lib/i18n/dictionary-results.js';
import { councilLabel } from '../../src/lib/council-names.js';
import { isAhead } from '../../src/lib/advice/is-ahead.js';
import { makeDatasetVariant } from '../dataset-variant.js';
import { seriousViolations } from './axe.js';
import { openPage, useBrowser } from './browser.js';
import { startServer } from './server.js';

const base = inject('baseUrl');

type Row = Record<string, unknown> & { suppressed: string[] };

const browser = useBrowser();

async function api(path: string): Promise<{ rows: Row[] } & Record<string, unknown>> {
  const response = await fetch(`${base}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as { rows: Row[] };
}

async function openBrief(
  url: string,
): Promise<{ page: Page; errors: string[]; status: number | undefined }> {
  const { page, errors } = await openPage(browser());
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors, status: response?.status() };
}

/** The headline figures of the brief: key → published value and the text printed. */
async function figures(page: Page): Promise<Map<string, { value: number | null; text: string }>> {
  const list = await page.$$eval('.figure', (nodes) =>
    nodes.map((node) => ({
      key: node.getAttribute('data-key') ?? '',
      value: node.getAttribute('data-value') ?? '',
      text: node.querySelector('.figure-value')?.textContent?.trim() ?? '',
    })),
  );
  return new Map(
    list.map((item) => [
      item.key,
      { value: item.value === '' ? null : Number(item.value), text: item.text },
    ]),
  );
}

const published = (row: Row | undefined, field: string): number | null =>
  row && !row.suppressed.includes(field) && typeof row[field] === 'number'
    ? (row[field] as number)
    : null;

const sections = ['reach', 'competitiveness', 'visits', 'programs', 'impact', 'advice', 'methods'];

describe('the regional brief', () => {
  it.each([
    ['36', 'id', 'Banten'],
    ['36', 'en', 'Banten'],
    ['36.03', 'id', 'Kab. Tangerang'],
    ['36.03', 'en', 'Kab. Tangerang'],
  ] as const)(
    'of %s in %s has every section, with the headline numbers of the API',
    async (region, lang, name) => {
      const { page, errors, status } = await openBrief(
        `${base}/brief?region=${region}&lang=${lang}`,
      );
      expect(status).toBe(200);
      expect(await page.getAttribute('.brief', 'lang')).toBe(lang);
      expect(await page.textContent('[data-region-name]')).toBe(name);
      expect(await page.title()).toBe(
        `Anyam · ${lang === 'id' ? 'Ringkasan Daerah' : 'Regional Brief'} ${name} ${await page.getAttribute('.brief', 'data-year')}`,
      );
      const year = Number(await page.getAttribute('.brief', 'data-year'));
      const health = (await api('/api/health')) as unknown as {
        dataset: { first_year: number; last_year: number };
      };
      expect(year).toBe(health.dataset.last_year);
      for (const section of sections)
        expect(await page.locator(`[data-section="${section}"]`).count(), section).toBe(1);
      const council = region === '36' ? 'DKR-36' : 'DKR-36.03';
      const advice = (
        await api(`/api/metrics/advice?council=${council}&year=${year}&lang=${lang}`)
      ).rows.find((row) => isAhead(published(row, 'gap')));
      // Each question's section has its chart and two or more sentences; the advice section's
      // chart holds the councils ahead of the advised one, and Kab. Tangerang has none.
      expect(advice === undefined).toBe(region === '36.03');
      for (const section of sections.slice(0, 6)) {
        expect(await page.locator(`[data-chart="${section}"] svg`).count(), section).toBe(
          section === 'advice' && !advice ? 0 : 1,
        );
        expect(
          await page.locator(`[data-section="${section}"] .text p`).count(),
          section,
        ).toBeGreaterThanOrEqual(2);
      }
      const shown = await figures(page);
      const q = `region=${region}&year=${year}`;
      const check = (key: string, value: number | null, kind: ValueKind) => {
        const figure = shown.get(key);
        expect(figure, key).toBeDefined();
        expect(figure!.value, key).toBe(value);
        expect(figure!.text, key).toBe(formatValue(value, kind, lang, value === null));
      };
      const reach = (await api(`/api/metrics/reach?${q}`)).rows[0];
      check('reach.reached_artisans', published(reach, 'reached_artisans'), 'count');
      check('reach.reach_rate', published(reach, 'reach_rate'), 'percent');
      check('reach.female_representation', published(reach, 'female_representation'), 'ratio');
      const pci = (await api(`/api/metrics/competitiveness?${q}`)).rows[0];
      check('competitiveness.pci_median', published(pci, 'pci_median'), 'index');
      check('competitiveness.products_assessed', published(pci, 'products_assessed'), 'count');
      const network = (await api(`/api/metrics/network?${q}`)).rows.filter(
        (row) => row.council_id !== 'all',
      );
      check(
        'network.visits_made',
        network.reduce((total, row) => total + (row.visits_made as number), 0),
        'count',
      );
      check(
        'network.visits_hosted',
        network.reduce((total, row) => total + (row.visits_hosted as number), 0),
        'count',
      );
      const diffusion = (await api(`/api/metrics/diffusion?${q}`)).rows.find(
        (row) => row.council_id === 'all',
      );
      check('diffusion.adoption_rate', published(diffusion, 'adoption_rate'), 'percent');
      const programs = (await api(`/api/metrics/programs?${q}`)).rows[0];
      check('programs.programs', published(programs, 'programs'), 'count');
      check('programs.budget_idr', published(programs, 'budget_idr'), 'rupiah');
      check('programs.target_attainment', published(programs, 'target_attainment'), 'percent');
      const events = (
        await api(
          `/api/metrics/event_study?region=${region}&from=${health.dataset.first_year}-01-01&to=${year}-12-31`,
        )
      ).rows;
      const post = events.find((row) => row.event_time === 'post');
      const pre = events.find((row) => row.event_time === 'pre');
      check('event_study.post.effect_pct', published(post, 'effect_pct'), 'signedPercent');
      check('event_study.pre.p_value', published(pre, 'p_value'), 'ratio');
      if (advice) {
        check('advice.dimension_score', published(advice, 'dimension_score'), 'index');
        check('advice.visits_hosted', published(advice, 'visits_hosted'), 'count');
      } else expect(shown.has('advice.dimension_score')).toBe(false);
      // Every headline but impact's compares with the year before, in the page's language.
      const changes = await page.$$eval('.figure-change', (nodes) =>
        nodes.map((node) => node.textContent ?? ''),
      );
      expect(changes.length).toBeGreaterThanOrEqual(advice ? 10 : 7);
      expect(
        changes.some((text) =>
          text.includes(lang === 'id' ? `dibanding ${year - 1}` : `vs ${year - 1}`),
        ),
      ).toBe(true);
      // The impact section says what it does not prove; the methods page carries the rule.
      expect(await page.textContent('[data-section="impact"] .limits')).toMatch(
        lang === 'id' ? /tidak membuktikan/ : /does not prove/,
      );
      expect(await page.textContent('[data-section="methods"]')).toContain('< 5');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it.each(['id', 'en'] as const)(
    'compares no impact estimate with the year before and prints the overview card’s caveat (%s)',
    async (lang) => {
      const { page, errors } = await openBrief(`${base}/brief?region=36&lang=${lang}`);
      const year = Number(await page.getAttribute('.brief', 'data-year'));
      const impact = page.locator('[data-section="impact"]');
      // Each figure is an estimate over every cohort up to the year: no "±0 poin dibanding".
      expect(await impact.locator('.figure').count()).toBe(3);
      expect(await impact.locator('.figure-change').count()).toBe(0);
      expect(await impact.textContent()).not.toContain(
        lang === 'id' ? `dibanding ${year - 1}` : `vs ${year - 1}`,
      );
      expect(
        await impact
          .locator('.figure[data-key="event_study.post.effect_pct"] .figure-caveat')
          .textContent(),
      ).toBe(tr(lang, 'effectCaveat'));
      // The other sections still compare with the year before.
      expect(await page.locator('[data-section="reach"] .figure-change').count()).toBeGreaterThan(
        0,
      );
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it.each([
    ['36', 'DKR-36', 'id'],
    ['36', 'DKR-36', 'en'],
    ['36.03', 'DKR-36.03', 'id'],
    ['36.03', 'DKR-36.03', 'en'],
  ] as const)(
    'advises %s with the /advice page’s own lines, only councils ahead of it (%s, %s)',
    async (region, council, lang) => {
      const { page: brief, errors } = await openBrief(
        `${base}/brief?region=${region}&lang=${lang}`,
      );
      const year = Number(await brief.getAttribute('.brief', 'data-year'));
      const section = brief.locator('[data-section="advice"]');
      const briefText = ((await section.textContent()) ?? '').replace(/\s+/g, ' ');
      const bars = await section.locator('text.label').allTextContents();

      const { page: advice } = await openPage(browser());
      await advice.goto(
        `${base}/advice?region=${region}&council=${council}&year=${year}&lang=${lang}`,
        { waitUntil: 'networkidle' },
      );
      await advice.waitForSelector('section.top');
      const lines = await advice.locator('section.top .reasons li').allTextContents();
      const answer = (await api(
        `/api/advice?region=${region}&council=${council}&year=${year}&lang=${lang}`,
      )) as unknown as { rows: (Row & { name: string })[] };
      const ahead = answer.rows.filter((row) => isAhead(published(row, 'gap')));
      if (ahead.length) {
        // The page's reasons, word for word: one decimal (42,6%) and the period of each count.
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(briefText, line).toContain(line);
        expect(bars).toEqual(ahead.slice(0, 6).map((row) => councilLabel(row.name)));
      } else {
        // Nobody is ahead: the brief proposes no host, in the page's own sentence, and no chart.
        const none = (await advice.textContent('[data-none-ahead], [data-own-hidden]'))!.trim();
        expect(briefText).toContain(none.replace(/\s+/g, ' '));
        expect(briefText).not.toContain(lang === 'id' ? 'Tujuan terbaik' : 'best host');
        expect(bars).toEqual([]);
        expect(await section.locator('.figure').count()).toBe(1);
      }
      // No reason rounded to a whole percent, as core's reasons are ("43%").
      expect(briefText).not.toMatch(/(?<![\d,.])\d+% (praktik|of the practices)/);
      expect(errors).toEqual([]);
      await advice.context().close();
      await brief.context().close();
    },
  );

  it('marks suppressed cells "< 5" where the API hides them (a district of Kota Cilegon)', async () => {
    const region = '36.72.01';
    const { page, errors } = await openBrief(`${base}/brief?region=${region}&lang=en`);
    const year = Number(await page.getAttribute('.brief', 'data-year'));
    const pci = (await api(`/api/metrics/competitiveness?region=${region}&year=${year}`)).rows[0]!;
    const hidden = ['pci_median', 'export_ready_share', 'products_assessed'].filter((field) =>
      pci.suppressed.includes(field),
    );
    // The district is small enough for the API to hide some of its competitiveness figures.
    expect(hidden.length).toBeGreaterThan(0);
    const shown = await figures(page);
    for (const field of ['pci_median', 'export_ready_share', 'products_assessed']) {
      const figure = shown.get(`competitiveness.${field}`)!;
      if (hidden.includes(field)) expect(figure, field).toEqual({ value: null, text: '< 5' });
      else expect(figure.value, field).toBe(pci[field]);
    }
    const byCategory = (
      await api(`/api/metrics/competitiveness?region=${region}&year=${year}&by=craft_category`)
    ).rows.filter((row) => row.products_assessed !== 0);
    const bars = await page.$$eval('[data-chart="competitiveness"] text.value', (nodes) =>
      nodes.map((node) => node.textContent),
    );
    expect(bars.filter((text) => text === '< 5')).toHaveLength(
      byCategory.filter((row) => row.suppressed.includes('pci_median')).length,
    );
    // No council sits in a district: the advice section says so once, without a chart.
    expect(await page.locator('[data-chart="advice"]').count()).toBe(0);
    expect(await page.locator('[data-section="advice"]').textContent()).toContain(
      'No council sits in this region',
    );
    expect(
      await page.locator('[data-section="advice"] :text("No council sits in this region")').count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['id', 'en'] as const)(
    'has no serious or critical axe-core violation (%s)',
    async (lang) => {
      const { page, errors } = await openBrief(`${base}/brief?region=36.03&lang=${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('prints only the brief: no navigation or controls, one section a page', async () => {
    const { page } = await openBrief(`${base}/brief?region=36.03&lang=en`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('header.top')).toBe(false);
    // Nothing of the dashboard around the brief is printed (navigation, filters, footer).
    const outside = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        .filter(
          (node) =>
            !node.closest('.brief') &&
            node.children.length === 0 &&
            (node.textContent ?? '').trim() !== '' &&
            node.checkVisibility(),
        )
        .map((node) => (node.textContent ?? '').trim()),
    );
    expect(outside).toEqual([]);
    expect(await page.isVisible('.brief-controls')).toBe(false);
    expect(await page.isVisible('.running-footer')).toBe(true);
    expect(await page.textContent('.running-footer')).toContain('Kab. Tangerang');
    const breaks = await page.$$eval('.brief .sheet', (nodes) =>
      nodes.map((node) => getComputedStyle(node).breakBefore),
    );
    expect(breaks).toEqual(['auto', ...Array(breaks.length - 1).fill('page')]);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('.brief-controls button')).toBe(true);
    await page.context().close();
  });

  it('is linked from every page with the current region, year and language', async () => {
    const { page } = await openBrief(`${base}/reach?region=36.03&year=2023&lang=en`);
    const link = page.locator('a[href^="/brief"]');
    expect(await link.textContent()).toContain('Print / Download PDF');
    expect(await link.getAttribute('href')).toBe('/brief?region=36.03&year=2023&lang=en');
    await link.click();
    await page.waitForURL(/\/brief\?/);
    expect(await page.getAttribute('.brief', 'data-year')).toBe('2023');
    expect(await page.textContent('[data-region-name]')).toBe('Kab. Tangerang');
    await page.context().close();
  });

  it.each([
    ['region=99', 'Region 99 is not in the region reference'],
    ['region=36&lang=fr', 'lang must be id or en'],
    ['region=36&year=1990', 'Tidak ada data untuk 1990; data tersedia untuk 2021–2025.'],
    ['region=36&year=1990&lang=en', 'No data for 1990; data is available for 2021–2025.'],
    ['region=36&colour=red', 'Unknown parameter "colour"'],
  ])('answers %s with status 400 and one visible sentence', async (query, sentence) => {
    const { page, status } = await openBrief(`${base}/brief?${query}`);
    expect(status).toBe(400);
    expect(await page.textContent('[role="alert"]')).toContain(sentence);
    expect(await page.locator('.brief').count()).toBe(0);
    await page.context().close();
  });
});

/** The test dataset with one more province in the reference, which holds nothing. */
function withEmptyProvince(source: string, target: string): Promise<string> {
  return makeDatasetVariant(source, target, {
    statements: (read, write) => [
      `COPY (SELECT * FROM ${read('regions')}
        UNION ALL SELECT '31', 'DKI Jakarta', 'province', NULL) TO ${write('regions')} (FORMAT parquet)`,
    ],
    addedRegions: 1,
  });
}

describe('a region with no data', () => {
  it('gives a brief that says so, without empty charts', async () => {
    const dir = await withEmptyProvince(inject('dataDir'), `${inject('dataDir')}-brief-empty`);
    const server = await startServer(dir);
    try {
      for (const [lang, words] of [
        ['id', 'Belum ada data untuk DKI Jakarta'],
        ['en', 'There is no data for DKI Jakarta'],
      ] as const) {
        const { page, status, errors } = await openBrief(
          `${server.url}/brief?region=31&lang=${lang}`,
        );
        expect(status).toBe(200);
        expect(await page.getAttribute('.brief', 'data-empty')).toBe('true');
        expect(await page.textContent('[data-empty-text]')).toContain(words);
        expect(await page.locator('[data-chart]').count()).toBe(0);
        expect(await page.locator('.figure').count()).toBe(0);
        expect(await page.locator('[data-section="methods"]').count()).toBe(1);
        expect(errors).toEqual([]);
        await page.context().close();
      }
      // Banten in the same dataset still has its brief.
      const { page } = await openBrief(`${server.url}/brief?region=36`);
      expect(await page.getAttribute('.brief', 'data-empty')).toBe('false');
      await page.context().close();
    } finally {
      await server.stop();
    }
  });
});
