import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface PrintOptions {
  /** The dashboard's address, e.g. http://127.0.0.1:40123. */
  url: string;
  region: string;
  year: number | null;
  lang: 'id' | 'en';
  /** Absolute path of the PDF to write. */
  out: string;
  chromium: string;
  /** Called with what is being done, for the progress line. */
  step?: (text: string) => void;
  /** Receives the browser once it runs, so that an interrupt can close it. */
  onBrowser?: (browser: Browser) => void;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The /brief address of a region, year and language. */
export function briefPath(region: string, year: number | null, lang: 'id' | 'en'): string {
  const query = new URLSearchParams({ region });
  if (year !== null) query.set('year', String(year));
  query.set('lang', lang);
  return `/brief?${query}`;
}

/**
 * Opens the brief in Chromium and prints it to an A4 PDF with the region and "page X / Y" in
 * each page's footer. Written beside `out` and renamed, so an interrupted run leaves no half a
 * PDF. Resolves to the number of bytes written.
 */
export async function printBrief(options: PrintOptions): Promise<void> {
  const { chromium } = await import('playwright-core');
  options.step?.('Starting Chromium');
  const browser = await chromium.launch({
    executablePath: options.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  options.onBrowser?.(browser);
  const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
  try {
    const page = await browser.newPage();
    options.step?.('Rendering the brief');
    const response = await page.goto(
      `${options.url}${briefPath(options.region, options.year, options.lang)}`,
      {
        waitUntil: 'load',
        timeout: 180_000,
      },
    );
    if (!response || !response.ok()) {
      const sentence =
        (await page
          .locator('[role="alert"] p:not(.code)')
          .first()
          .textContent()
          .catch(() => null)) ?? '';
      throw new Error(
        sentence.trim() ||
          `The dashboard answered ${response?.status() ?? 'nothing'} for the brief.`,
      );
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const footer = ((await page.locator('.running-footer').textContent()) ?? '').trim();
    // The page's own fixed footer is for the browser's print dialog; the PDF gets Chromium's
    // footer template, which can number the pages.
    await page.addStyleTag({ content: '.running-footer { display: none !important; }' });
    options.step?.('Writing the PDF');
    await page.pdf({
      path: temporary,
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 8px; color: #56625e; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between;"><span>${escapeHtml(footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
    await rename(temporary, options.out);
  } finally {
    await rm(temporary, { force: true });
    await browser.close();
  }
}
