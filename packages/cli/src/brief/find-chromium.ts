import { existsSync } from 'node:fs';
import { findBrowser } from '../../../../scripts/find-browser.mjs';
import { fail } from '../cli-error.js';

/** What `anyam brief` says when there is no Chromium to print with. */
export const installChromium =
  'No Chromium was found to print the brief with: install it with `apt-get install chromium` (or set CHROMIUM to its path).';

/**
 * The Chromium to print with, found as the browser tests find it ($CHROMIUM, the system paths,
 * Playwright's cache); none stops with one sentence saying how to install it.
 *
 *     chromiumPath({}, (path) => path === '/usr/bin/chromium') // '/usr/bin/chromium'
 *     chromiumPath({}, () => false) // throws CliError: 'No Chromium was found ...'
 */
export function chromiumPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
  list?: (path: string) => string[],
): string {
  const found = findBrowser({ env: { ...env }, exists, ...(list ? { list } : {}) });
  if (!found) fail(installChromium);
  if (!exists(found))
    fail(
      `CHROMIUM names ${found}, which does not exist: install Chromium with \`apt-get install chromium\` or set CHROMIUM to its path.`,
    );
  return found;
}
