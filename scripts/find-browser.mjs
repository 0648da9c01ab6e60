// Where the browser tests find Chromium, in one place for the test command (scripts/anyam.mjs)
// and the dashboard's browser tests (apps/dashboard/tests/browser/browser.ts).
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The system paths tried after `$CHROMIUM`, in order. */
export const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Playwright's downloaded Chromium builds under `home`, newest folder name last:
 * `~/.cache/ms-playwright/chromium-1234/chrome-linux/chrome`.
 *
 *     playwrightBrowsers('/root') // ['/root/.cache/ms-playwright/chromium-1234/chrome-linux/chrome']
 */
export function playwrightBrowsers(home = homedir(), list = readdirSync) {
  const cache = join(home, '.cache', 'ms-playwright');
  let folders;
  try {
    folders = list(cache);
  } catch {
    return [];
  }
  return folders
    .filter((name) => name.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((name) => [
      join(cache, name, 'chrome-linux', 'chrome'),
      join(cache, name, 'chrome-linux64', 'chrome'),
    ]);
}

/**
 * The Chromium to drive: `$CHROMIUM` when set (even if it does not exist, so that a wrong value
 * is reported rather than silently replaced), else the first system path or Playwright build
 * that exists; `null` when there is none.
 *
 *     findBrowser({ env: {}, exists: (path) => path === '/usr/bin/chromium' }) // '/usr/bin/chromium'
 */
export function findBrowser({
  env = process.env,
  exists = existsSync,
  home = homedir(),
  list = readdirSync,
} = {}) {
  if (env.CHROMIUM) return env.CHROMIUM;
  for (const path of [...systemBrowsers, ...playwrightBrowsers(home, list)])
    if (exists(path)) return path;
  return null;
}
