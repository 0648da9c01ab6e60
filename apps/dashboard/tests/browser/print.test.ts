// Print: every page prints as a report — no navigation or controls, the active filters printed,
// no chart wider than the page — and renders to a PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser.js';
import { pagePaths, settle } from './pages.js';
import { useSnapshotApp } from './snapshot-server.js';

// A4 at 96 dpi (794 px) less Chromium's default 1 cm margins on each side.
const printWidth = 718;

const app = useSnapshotApp();

describe('print', () => {
  it.each(pagePaths)(
    '%s prints without navigation or controls, charts within the page',
    async (path) => {
      const { page, errors } = await openPage(app.browser, printWidth);
      await page.goto(`${app.base}${path}?category=batik`, { waitUntil: 'networkidle' });
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
    const { page, errors } = await openPage(app.browser, printWidth);
    await page.goto(`${app.base}/competitiveness?weights=0.4,0.2,0.2,0.2`, {
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

/** The text of a PDF as `pdftotext -layout` reads it. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'anyam-print-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'page.pdf'), '-'], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Lines break anywhere on paper: texts are compared without their white space.
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('glossary terms in print', () => {
  it.each(['/impact', '/competitiveness'])(
    '%s prints every term as the plain word of its sentence, without its gloss, even one left open',
    async (path) => {
      const { page, errors } = await openPage(app.browser, printWidth);
      await page.goto(`${app.base}${path}`, { waitUntil: 'networkidle' });
      await settle(page);
      // The chart guides and the page's lead as they read on screen, terms and all.
      const sentences = await page.$$eval('.guide, .page-head p', (nodes) =>
        nodes
          .filter((node) => node.querySelector('.term-button'))
          .map((node) => (node.textContent ?? '').trim()),
      );
      expect(sentences.length).toBeGreaterThan(0);
      // A planner tapped a term (its gloss stays open) and then printed.
      const term = page.locator('.term-button').first();
      await term.click();
      const gloss = (await page.textContent('[data-gloss]')) ?? '';
      const glossTerm = (await page.textContent('[data-gloss] strong')) ?? '';
      const glossBody = gloss.slice(glossTerm.length).trim();
      expect(glossBody.length).toBeGreaterThan(20);
      await page.emulateMedia({ media: 'print' });
      const terms = await page.$$eval('.term-button', (nodes) =>
        nodes.map((node) => {
          const style = getComputedStyle(node);
          // The sentence's own colour: the term's wrapper inherits it from the sentence.
          const sentence = getComputedStyle(node.parentElement!.parentElement!);
          const box = node.getBoundingClientRect();
          return {
            text: node.textContent,
            shown: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
            plain:
              style.color === sentence.color &&
              style.textDecorationLine === 'none' &&
              style.backgroundColor === 'rgba(0, 0, 0, 0)',
          };
        }),
      );
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.filter((entry) => !entry.shown || !entry.plain)).toEqual([]);
      expect(await page.isVisible('[data-gloss]')).toBe(false);
      const text = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
      const paper = squeeze(text);
      // Every sentence whole on paper, its terms in place ("lalu , lalu" where one was lost).
      for (const sentence of sentences) expect(paper, sentence).toContain(squeeze(sentence));
      for (const entry of terms)
        expect(paper, entry.text ?? '').toContain(squeeze(entry.text ?? ''));
      // The open gloss is not printed: only its term is.
      expect(paper).not.toContain(squeeze(glossBody).slice(0, 40));
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
