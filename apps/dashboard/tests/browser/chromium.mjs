// Chromium as the browser tests, the benches and the screenshot helper launch it. Plain
// JavaScript so that bench/*.mjs and shoot.mjs can import it without a build.
import { chromium } from 'playwright-core';
import { findBrowser } from '../../../../scripts/find-browser.mjs';

/** Headless, no sandbox, no GPU, nothing fetched or synced in the background. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches the Chromium `npm test` finds: $CHROMIUM, the system paths, Playwright's cache.
 *
 *     const browser = await launch();
 *     await browser.newPage();
 *
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launch() {
  return chromium.launch({
    executablePath: findBrowser() ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}
