import type { Page } from 'playwright-core';

/** Every page of the dashboard, as a planner reaches it from the navigation. */
export const pagePaths = [
  '/',
  '/reach',
  '/competitiveness',
  '/network',
  '/impact',
  '/programs',
  '/exhibitions',
  '/advice',
  '/sql',
  '/data',
] as const;

/** Waits until nothing on the page is loading (chart frames, the SQL result, the data catalog). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main') !== null &&
      [...document.querySelectorAll('figure[data-chart]')].every(
        (frame) => frame.getAttribute('data-status') !== 'loading',
      ) &&
      document.querySelectorAll('[aria-busy="true"]').length === 0,
    undefined,
    { timeout: 30_000 },
  );
  // Transitions run 450 ms; what is measured is the final picture.
  await page.waitForTimeout(600);
}
