// Print: every page prints as a report — no navigation or controls, the active filters printed,
// no chart wider than the page — and renders to a PDF.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser.js';
import { pagePaths, settle } from './pages.js';
import { startSnapshotServer } from './snapshot-server.js';
import type { RunningServer } from './server.js';

// A4 at 96 dpi (794 px) less Chromium's default 1 cm margins on each side.
const printWidth = 718;

let browser: Browser;
let server: RunningServer;
let base: string;
beforeAll(async () => {
  server = await startSnapshotServer(inject('dataDir'));
  base = server.url;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('print', () => {
  it.each(pagePaths)(
    '%s prints without navigation or controls, charts within the page',
    async (path) => {
      const { page, errors } = await openPage(browser, printWidth);
      await page.goto(`${base}${path}?category=batik`, { waitUntil: 'networkidle' });
      await settle(page);
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(700);
      const printed = await page.evaluate(() => {
        const visible = (node: Element) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
        };
        const controls = [
          ...document.querySelectorAll('nav, button, select, input, textarea, fieldset'),
        ]
          .filter(visible)
          .map(
            (node) =>
              `${node.tagName.toLowerCase()} ${(node.textContent ?? '').trim().slice(0, 30)}`,
          );
        const page = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('svg.chart')]
          .filter(visible)
          .map((svg) => {
            const box = svg.getBoundingClientRect();
            const frame = (svg.closest('figure') ?? document.body).getBoundingClientRect();
            return {
              chart: svg.closest('figure')?.getAttribute('data-chart'),
              right: box.right,
              frame: frame.right,
              page,
            };
          })
          .filter((chart) => chart.right > chart.page + 1 || chart.right > chart.frame + 1);
        const filters = document.querySelector('[data-print-filters]');
        return {
          controls,
          wide,
          filters: filters && visible(filters) ? (filters.textContent ?? '').trim() : null,
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      expect(printed.controls).toEqual([]);
      expect(printed.wide).toEqual([]);
      expect(printed.scrollWidth).toBeLessThanOrEqual(printWidth);
      expect(printed.filters).toMatch(/^Filter: .*Banten.* · \d{4} · Batik/);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('the PCI weights a planner set are printed with the filters', async () => {
    const { page, errors } = await openPage(browser, printWidth);
    await page.goto(`${base}/competitiveness?weights=0.4,0.2,0.2,0.2`, {
      waitUntil: 'networkidle',
    });
    await settle(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.textContent('[data-print-filters]')).toContain(
      'Bobot dimensi: Kualitas 40%, Bahan 20%, Pasar 20%, Kepatuhan 20%',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
