import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './chromium.mjs';

export { launch } from './chromium.mjs';

/**
 * Registers the hooks that launch Chromium before the file's tests and close it after; returns
 * the browser, to call inside tests and hooks only.
 *
 *     const browser = useBrowser();
 *     it('opens', async () => (await openPage(browser())).page.goto(url));
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is used outside a test (browser.ts).');
    return browser;
  };
}

/** A page that records console errors and uncaught exceptions, to assert there were none. */
export async function openPage(
  browser: Browser,
  width = 1280,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Waits until every chart frame on the page has left its loading state, and returns their states. */
export async function chartStates(page: Page): Promise<Record<string, string>> {
  await page.waitForFunction(
    () => {
      const frames = [...document.querySelectorAll('figure[data-chart]')];
      return (
        frames.length > 0 &&
        frames.every((frame) => frame.getAttribute('data-status') !== 'loading')
      );
    },
    undefined,
    { timeout: 30_000 },
  );
  // Transitions run 450 ms; the marks' final positions are what the tests read.
  await page.waitForTimeout(600);
  return page.$$eval('figure[data-chart]', (frames) =>
    Object.fromEntries(
      frames.map((frame) => [
        frame.getAttribute('data-chart') ?? '',
        frame.getAttribute('data-status') ?? '',
      ]),
    ),
  );
}

/** How many drawn marks (bars, dots, tiles, cells) a chart has. */
export function markCount(page: Page, chart: string): Promise<number> {
  return page.$$eval(`figure[data-chart="${chart}"] svg.chart`, (svgs) =>
    svgs.reduce(
      (total, svg) =>
        total + svg.querySelectorAll('rect:not(pattern rect), circle, path.line').length,
      0,
    ),
  );
}
