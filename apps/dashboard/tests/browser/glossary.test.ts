// The plain-language glossary: inline terms that show their gloss on hover, focus and tap (and
// give it to screen readers as a description), the glossary on /data, /impact saying why an
// estimate is missing, the overview's impact card, and representativeness of every region.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';
import { glossary } from '../../src/lib/glossary/terms.js';
import { whyPooledNotEstimable } from '../../src/lib/glossary/why-pooled-not-estimable.js';
import { tr } from '../../src/lib/i18n/dictionary-results.js';
import { t } from '../../src/lib/i18n/dictionary.js';
import {
  datasetYears,
  metricRows,
  overflowsSideways,
  screenshots,
  suppressInAnswers,
  visit,
} from './results.js';

const base = inject('baseUrl');
const gloss = (key: string, lang: 'id' | 'en' = 'id') =>
  glossary.find((entry) => entry.key === key)!.gloss[lang];

const browser = useBrowser();

/** The accessible description Chromium computes for an element (what a screen reader reads). */
async function accessibleDescription(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as {
    nodeId: number;
  };
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
    nodeId,
    fetchRelatives: false,
  })) as { nodes: { description?: { value: string } }[] };
  await cdp.detach();
  return nodes[0]?.description?.value ?? '';
}

describe('inline terms', () => {
  it('on /impact, a term shows its gloss on hover and on focus, Escape closes it, and a screen reader gets it as the description', async () => {
    const { page, errors } = await visit(browser(), `${base}/impact`);
    const terms = await page.$$eval('main [data-term]', (buttons) =>
      buttons.map((button) => button.getAttribute('data-term')),
    );
    for (const key of ['kohort', 'selang-kepercayaan', 'nilai-p', 'tren-paralel'])
      expect(terms, key).toContain(key);
    const term = page.locator('main [data-term="kohort"]').first();
    expect(await accessibleDescription(page, 'main [data-term="kohort"]')).toBe(gloss('kohort'));
    await term.hover();
    const tooltip = page.locator('[role="tooltip"][data-gloss="kohort"]');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain(gloss('kohort'));
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached' });
    await term.focus();
    await tooltip.waitFor();
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
    // Enter opens it again from the keyboard, and a second Enter closes it.
    await page.keyboard.press('Enter');
    await tooltip.waitFor();
    await page.keyboard.press('Enter');
    await tooltip.waitFor({ state: 'detached' });
    // The sentence still reads as the sentence: the gloss is not part of its text.
    expect(await page.textContent('[data-pretrend]')).not.toContain(gloss('nilai-p'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in English, the terms and glosses are English', async () => {
    const { page, errors } = await visit(browser(), `${base}/impact?lang=en`);
    const term = page.locator('main [data-term="selang-kepercayaan"]').first();
    expect((await term.textContent())?.toLowerCase()).toContain('95%');
    expect(await accessibleDescription(page, 'main [data-term="selang-kepercayaan"]')).toBe(
      gloss('selang-kepercayaan', 'en'),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 390 px a tap opens the gloss inside the screen and a second tap closes it', async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/impact`, { waitUntil: 'networkidle' });
    const term = page.locator('main [data-term="tren-paralel"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const tooltip = page.locator('[role="tooltip"][data-gloss="tren-paralel"]');
    await tooltip.waitFor();
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await overflowsSideways(page)).toBe(false);
    await page.screenshot({ path: `${screenshots}glossary-term-390.png` });
    await term.tap();
    await tooltip.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['/competitiveness', 'idp'],
    ['/competitiveness', 'rca'],
    ['/network', 'betweenness'],
    ['/reach', 'representasi'],
    ['/exhibitions', 'penjualan-per-peserta'],
    ['/exhibitions', 'pameran-bersama'],
    ['/programs', 'capaian-target'],
    ['/programs', 'tingkat-penyelesaian'],
  ])('%s explains %s where it is written', async (path, key) => {
    const { page, errors } = await visit(browser(), `${base}${path}`);
    const buttons = page.locator(`main [data-term="${key}"]`);
    expect(await buttons.count()).toBeGreaterThan(0);
    await buttons.first().focus();
    expect(
      await page.textContent(`[role="tooltip"][data-gloss="${key}"]`, { timeout: 5_000 }),
    ).toContain(gloss(key));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the glossary on /data', () => {
  it('lists every term with its gloss, each with its own link', async () => {
    const { page, errors } = await visit(browser(), `${base}/data#glosarium-galat-baku`);
    const entries = await page.$$eval('#glosarium [data-glossary-term]', (nodes) =>
      nodes.map((node) => ({
        key: node.getAttribute('data-glossary-term'),
        id: node.id,
        gloss: node.querySelector('dd')?.textContent ?? '',
        link: node.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(entries.map((entry) => entry.key).sort()).toEqual(
      glossary.map((entry) => entry.key).sort(),
    );
    for (const entry of entries) {
      expect(entry.gloss).toBe(gloss(entry.key!));
      expect(entry.link).toBe(`#${entry.id}`);
    }
    expect(await page.$eval('#glosarium-galat-baku', (node) => node.matches(':target'))).toBe(true);
    await page.goto(`${base}/data?lang=en#glosarium`, { waitUntil: 'networkidle' });
    expect(await page.textContent('#glosarium-title')).toBe('Glossary');
    expect(await page.textContent('#glosarium-kohort dd')).toBe(gloss('kohort', 'en'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/impact says why an estimate is missing', () => {
  it('names the reason of each cohort that cannot be estimated', async () => {
    const { first, last } = await datasetYears(base);
    const rows = await metricRows(base, 'impact', `region=36&from=${first}-01-01&to=${last}-12-31`);
    // The demo data have no revenue before the first year or after the last.
    expect(rows.find((row) => row.cohort === String(first))?.effect_pct).toBeNull();
    expect(rows.find((row) => row.cohort === String(last))?.effect_pct).toBeNull();
    const { page, errors } = await visit(browser(), `${base}/impact`);
    const reasons = await page.$$eval('[data-not-estimable] li', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    expect(reasons).toEqual([
      `Kohort ${first}: tidak ada data omzet tahun ${first - 1} (setahun sebelum pembinaan; data dimulai ${first}), jadi pertumbuhannya tidak dapat diukur.`,
      `Kohort ${last}: belum ada data omzet tahun ${last + 1} (setahun sesudah pembinaan), jadi pertumbuhannya belum dapat diukur.`,
    ]);
    // The chart's tooltip says it too.
    await page.hover(`[data-chart="impact-forest"] g.row[data-key="${last}"]`);
    expect(await page.textContent('[data-chart="impact-forest"] .tooltip')).toContain(reasons[1]!);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a hidden estimate says it is hidden to protect privacy, not that it is missing', async () => {
    const { page, errors } = await visit(browser(), `${base}/impact?lang=en`, 1280, (page) =>
      suppressInAnswers(page, 'impact', (row) =>
        row.cohort === '2023'
          ? ['treated_n', 'did', 'se', 'effect_pct', 'ci_low_pct', 'ci_high_pct']
          : [],
      ),
    );
    expect(await page.textContent('[data-not-estimable]')).toContain(
      'Cohort 2023: hidden because one of the groups has fewer than 5 enterprises, to protect privacy.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the overview’s impact card', () => {
  it('has no change from the year before, says what it does not prove and links to /impact', async () => {
    const { last } = await datasetYears(base);
    const { page, errors } = await visit(browser(), `${base}/?year=${last}`);
    const card = page.locator('[data-stat="effect_pct"]');
    expect(await card.locator('.delta').count()).toBe(0);
    // The other cards keep their comparison.
    expect(await page.locator('[data-stat="reach_rate"] .delta').count()).toBe(1);
    expect(await card.locator('[data-caveat]').textContent()).toContain('bukan uji acak');
    const href = await card.locator('a').getAttribute('href');
    expect(href).toMatch(/^\/impact\?/);
    expect(href).toContain(`year=${last}`);
    await card.locator('a').click();
    await page.waitForURL(/\/impact\?/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['36', 'first', 'id'],
    ['36', 'first', 'en'],
    // A district where nobody was first coached in 2022, the one year up to 2022 that can be measured.
    ['36.72.08', '2022', 'id'],
  ] as const)(
    'of %s in %s (%s) says why it cannot be estimated, as /impact does',
    async (region, when, lang) => {
      const { first, last } = await datasetYears(base);
      const year = when === 'first' ? first : Number(when);
      const rows = await metricRows(
        base,
        'impact',
        `region=${region}&from=${first}-01-01&to=${last}-12-31`,
      );
      const reason = whyPooledNotEstimable(
        rows
          .filter((row) => row.cohort !== 'all')
          .map((row) => ({
            cohort: Number(row.cohort),
            treated: typeof row.treated_n === 'number' ? row.treated_n : null,
            comparison: typeof row.comparison_n === 'number' ? row.comparison_n : null,
            hidden: row.suppressed.includes('effect_pct'),
          })),
        false,
        year,
        first,
        last,
      );
      expect(reason).toBe(when === 'first' ? 'noBefore' : 'fewTreated');
      const { page, errors } = await visit(
        browser(),
        `${base}/?region=${region}&year=${year}&lang=${lang}`,
      );
      const card = page.locator('[data-stat="effect_pct"]');
      expect(await card.locator('.value').textContent()).toBe(t(lang, 'notEstimable'));
      // The reason comes with the cohorts' rows, asked for once the card is known to be missing.
      const expected = tr(lang, `effectWhy_${reason!}`, { first, after: year + 1 });
      await expect.poll(() => card.locator('.note').textContent()).toBe(expected);
      if (when === 'first') expect(expected).toContain(String(first));
      expect(await card.locator('[data-caveat]').count()).toBe(1);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe('/reach: representativeness of every region', () => {
  const chart = '[data-chart="representation-by-region"]';

  it('draws one bar per child region for the chosen group with the scope’s value as the line, and keeps the group in the URL', async () => {
    const { last } = await datasetYears(base);
    const [overall] = await metricRows(base, 'reach', `region=36&year=${last}`);
    const rows = await metricRows(base, 'reach', `region=36&year=${last}&by=region`);
    const { page, errors } = await visit(browser(), `${base}/reach`);
    const labels = await page.$$eval(`${chart} g.bar`, (bars) =>
      bars.map((bar) => bar.getAttribute('aria-label') ?? ''),
    );
    expect(labels).toHaveLength(rows.length);
    const ratio = (value: number) =>
      new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        value,
      );
    for (const row of rows) {
      const value = row.female_representation as number | null;
      const shown = labels.find((label) =>
        label.endsWith(value == null ? ': –' : `: ${ratio(value)}`),
      );
      expect(shown, String(row.region_code)).toBeDefined();
    }
    expect(await page.textContent(`${chart} g.reference text`)).toBe(
      `Banten ${ratio(overall!.female_representation as number)}`,
    );

    await page.selectOption(`${chart} select[name="group"]`, 'micro');
    await page.waitForURL(/group=micro/);
    await page.waitForTimeout(600);
    const micro = await page.$$eval(`${chart} g.bar`, (bars) =>
      bars.map((bar) => bar.getAttribute('aria-label') ?? ''),
    );
    const best = rows
      .map((row) => row.micro_representation as number | null)
      .filter((value): value is number => value != null)
      .sort((a, b) => b - a)[0]!;
    expect(micro[0]).toContain(`: ${ratio(best)}`);
    expect(await page.textContent(`${chart} h2`)).toContain('Usaha mikro');
    // The link opens the same view.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue(`${chart} select[name="group"]`)).toBe('micro');
    await page.click(`${chart} button[aria-pressed="false"]`);
    const cells = await page.$$eval(`${chart} tbody tr`, (trs) => trs.length);
    expect(cells).toBe(rows.length + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks a suppressed region as hidden and a region without data as no data, not 0', async () => {
    const { page, errors } = await visit(browser(), `${base}/reach`, 1280, async (page) => {
      // 36.01 hidden by suppression; 36.02 without registered women (a ratio over nothing).
      await page.route('**/api/metrics/reach?*by=region*', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { rows: Record<string, unknown>[] };
        body.rows = body.rows.map((row) =>
          row.region_code === '36.01'
            ? {
                ...row,
                female_representation: null,
                suppressed: [...(row.suppressed as string[]), 'female_representation'],
              }
            : row.region_code === '36.02'
              ? {
                  ...row,
                  female_representation: null,
                  female_share_reached: null,
                  female_share_eligible: 0,
                }
              : row,
        );
        await route.fulfill({ response, json: body });
      });
    });
    const hidden = page.locator(`${chart} g.bar[data-key="36.01"]`);
    expect(await hidden.getAttribute('data-suppressed')).toBe('true');
    expect(await hidden.getAttribute('aria-label')).toMatch(/: < 5$/);
    const none = page.locator(`${chart} g.bar[data-key="36.02"]`);
    expect(await none.getAttribute('data-suppressed')).toBe('false');
    expect(await none.getAttribute('aria-label')).not.toMatch(/: 0(,00)?$/);
    await none.hover();
    expect(await page.textContent(`${chart} .tooltip`)).toContain(
      'tidak ada pengrajin terdaftar dari kelompok ini',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits 390 px without sideways scrolling', async () => {
    const { page, errors } = await visit(browser(), `${base}/reach?group=youth`, 390);
    expect(await overflowsSideways(page)).toBe(false);
    await page
      .locator(chart)
      .screenshot({ path: `${screenshots}reach-representation-by-region-390.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
