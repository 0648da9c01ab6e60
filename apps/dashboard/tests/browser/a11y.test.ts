// axe-core on every page in both languages: no serious or critical violation.
import { describe, expect, it } from 'vitest';
import { axeViolations, seriousOf } from './axe.js';
import { openPage } from './browser.js';
import { pagePaths, settle } from './pages.js';
import { useSnapshotApp } from './snapshot-server.js';

const app = useSnapshotApp();

describe('axe-core', () => {
  const cases = pagePaths.flatMap((path) =>
    (['id', 'en'] as const).map((lang) => [path, lang] as const),
  );
  it.each(cases)('%s (%s) has no serious or critical violation', async (path, lang) => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}${path}${lang === 'en' ? '?lang=en' : ''}`, {
      waitUntil: 'networkidle',
    });
    await settle(page);
    // label-content-name-mismatch is experimental in axe and off by default; a control whose
    // name does not start with what it shows is exactly what voice control users trip over.
    const violations = await axeViolations(page, {
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    const serious = seriousOf(violations);
    if (process.env.AXE_REPORT)
      console.log(
        `AXE ${path} ${lang}: ${violations.map((v) => `${v.id}[${v.impact}]x${v.nodes.length}`).join(', ')}`,
      );
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('a chart is one tab stop; arrow keys move inside it (the heatmap by rows and columns)', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/competitiveness`, { waitUntil: 'networkidle' });
    await settle(page);
    const heatmap = '[data-chart="rca"] svg.chart';
    expect(await page.locator(`${heatmap} [tabindex="0"]`).count()).toBe(1);
    expect(await page.locator(`${heatmap} [tabindex="-1"]`).count()).toBeGreaterThan(20);
    // Every chart on the page together adds one stop each.
    const stops = await page.$$eval('svg.chart [tabindex="0"]', (nodes) => nodes.length);
    const charts = await page.$$eval('svg.chart', (nodes) => nodes.length);
    expect(stops).toBeLessThanOrEqual(charts);

    await page.focus(`${heatmap} [tabindex="0"]`);
    const focused = () =>
      page.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        return { label: document.activeElement!.getAttribute('aria-label'), x: box.x, y: box.y };
      });
    const start = await focused();
    await page.keyboard.press('ArrowRight');
    const right = await focused();
    expect(right.label).not.toBe(start.label);
    expect(right.x).toBeGreaterThan(start.x);
    expect(Math.abs(right.y - start.y)).toBeLessThan(2);
    await page.keyboard.press('ArrowDown');
    const down = await focused();
    expect(down.y).toBeGreaterThan(right.y);
    expect(Math.abs(down.x - right.x)).toBeLessThan(2);
    // The mark reached by keys is the chart's tab stop now.
    expect(await page.locator(`${heatmap} [tabindex="0"]`).getAttribute('aria-label')).toBe(
      down.label,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a weight slider announces the share it shows, and moves by keys', async () => {
    const { page, errors } = await openPage(app.browser, 390);
    await page.goto(`${app.base}/competitiveness`, { waitUntil: 'networkidle' });
    await settle(page);
    const slider = page.locator('input[name="weight-quality"]');
    expect(await slider.getAttribute('aria-valuetext')).toBe('25%');
    const box = await slider.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(96);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // 0.35 of 1.10 in all: 32%.
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('32%');
    expect(await page.textContent('input[name="weight-quality"] + output')).toBe('32%');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
