import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/**
 * The built app copied aside and served from the copy, so that a rebuild of build/ while the
 * tests run (another build in the same tree) cannot pull files from under the server. The copy
 * sits in the dashboard's folder so that its imports still resolve through node_modules.
 */
export async function startSnapshotServer(dataDir: string): Promise<RunningServer> {
  const build = fileURLToPath(
    new URL(`../../${process.env.ANYAM_BUILD_DIR ?? 'build'}/`, import.meta.url),
  );
  const copy = fileURLToPath(new URL(`../../.browser-build-${process.pid}/`, import.meta.url));
  await rm(copy, { recursive: true, force: true });
  await cp(build, copy, { recursive: true });
  const server = await startServer(dataDir, `${copy}index.js`);
  return {
    url: server.url,
    log: server.log,
    stop: async () => {
      await server.stop();
      await rm(copy, { recursive: true, force: true });
    },
  };
}

/** What `useSnapshotApp` opens for a test file: read inside its tests and hooks only. */
export interface SnapshotApp {
  /** The snapshot server's address, such as `http://127.0.0.1:41234`. */
  readonly base: string;
  readonly browser: Browser;
}

/**
 * Registers the hooks that serve a snapshot of the built app over the Banten test dataset and
 * launch Chromium before the file's tests, and close both after them.
 *
 *     const app = useSnapshotApp();
 *     it('opens', async () => (await openPage(app.browser)).page.goto(`${app.base}/`));
 */
export function useSnapshotApp(): SnapshotApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startSnapshotServer(inject('dataDir'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The snapshot app is used outside a test (snapshot-server.ts).');
    return value;
  };
  return {
    get base() {
      return opened(server).url;
    },
    get browser() {
      return opened(browser);
    },
  };
}
