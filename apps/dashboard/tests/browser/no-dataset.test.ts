// Before the first publication there is no dataset: the public pages say so (503), but the
// accounts pages and their APIs must work, or the admin could never publish the first version.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../../src/lib/server/accounts/zip-fixture.test-support.js';
import { councilCsvFiles, councilTables } from '../council-files.js';
import { seriousViolations } from './axe.js';
import { launch, openPage } from './browser.js';
import {
  addAccounts,
  password,
  signIn,
  startAccountsServer,
  type AccountsServer,
} from './accounts-server.js';

/**
 * A page that records its console errors and the paths answered 4xx or 5xx. Without a dataset
 * the layout's /api/health answers 503 (the shell then leaves out the years and regions), and
 * the browser logs that as "Failed to load resource".
 */
async function watchedPage(width = 1280) {
  const { page, errors } = await openPage(browser, width);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(new URL(response.url()).pathname);
  });
  const problems = () => ({
    failed: failed.filter((path) => path !== '/api/health'),
    errors: errors.filter((error) => !error.startsWith('Failed to load resource')),
  });
  return { page, problems };
}

let server: AccountsServer;
let browser: Browser;
let emptyDir: string;

beforeAll(async () => {
  emptyDir = await mkdtemp(join(tmpdir(), 'anyam-no-dataset-'));
  server = await startAccountsServer(emptyDir);
  await addAccounts(server.stateDir, [
    { username: 'ana', role: 'admin' },
    { username: 'siti', role: 'steward', council_id: 'DKR-36.01' },
  ]);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) await rm(server.stateDir, { recursive: true, force: true });
  if (emptyDir) await rm(emptyDir, { recursive: true, force: true });
});

async function signInPage(page: Page, username: string, next: string): Promise<void> {
  const response = await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`, {
    waitUntil: 'networkidle',
  });
  expect(response?.status()).toBe(200);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password(username));
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.pathname === next.split('?')[0], { timeout: 30_000 });
}

describe('a server with no dataset yet', () => {
  it('keeps the public pages a 503 with the no-dataset sentence', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(`${server.url}/?lang=en`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(503);
    expect((await page.textContent('main [role="alert"] h1'))?.trim()).toBe('Dataset unavailable');
    // No nav link leads to another page of figures, which would be the same 503: it says why.
    expect(await page.locator('header nav a').count()).toBe(0);
    expect((await page.textContent('header nav [data-nav-no-data]'))?.trim()).toBe(
      'No data yet: the pages of figures appear here once the first version is published.',
    );
    await page.context().close();
  });

  it('serves /login, and the admin signs in and sees /admin, axe-clean and 390 px clean', async () => {
    const { page, problems } = await watchedPage();
    await signInPage(page, 'ana', '/admin?lang=en');
    const response = await page.goto(`${server.url}/admin?lang=en`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('main [role="alert"]').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-testid="accounts"]').textContent())
      .toContain('DKR-36.01');
    expect(await page.locator('[data-action="publish"]').isEnabled()).toBe(true);
    // Nothing is published and ANYAM_DATA holds no dataset: the versions panel says both.
    expect(await page.locator('[data-testid="versions"]').count()).toBe(0);
    expect(
      await page.locator('section[aria-labelledby="versions-title"] .muted').textContent(),
    ).toBe(
      'No version published yet, and no data: the pages of figures stay empty until the first version is published.',
    );
    expect(await page.locator('header nav a').count()).toBe(0);
    // No empty province and year selects: without a dataset there is nothing to filter.
    expect(await page.locator('header form.filters').isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 900 });
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    expect(problems()).toEqual({ failed: [], errors: [] });
    await page.context().close();
  });

  it('says in Indonesian on /admin that no version is published and there is no data yet', async () => {
    const { page, problems } = await watchedPage();
    await signInPage(page, 'ana', '/admin?lang=id');
    expect(
      await page.locator('section[aria-labelledby="versions-title"] .muted').textContent(),
    ).toBe(
      'Belum ada versi terbitan dan belum ada data: halaman angka kosong sampai versi pertama diterbitkan.',
    );
    expect(await page.locator('header nav a').count()).toBe(0);
    expect((await page.textContent('header nav [data-nav-no-data]'))?.trim()).toBe(
      'Belum ada data: halaman angka muncul di sini setelah versi pertama diterbitkan.',
    );
    expect(problems()).toEqual({ failed: [], errors: [] });
    await page.context().close();
  });

  it('serves /submit to a steward', async () => {
    const { page, problems } = await watchedPage();
    await signInPage(page, 'siti', '/submit');
    const response = await page.goto(`${server.url}/submit`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('main [role="alert"]').count()).toBe(0);
    expect(await page.locator('[data-testid="template"]').count()).toBe(1);
    expect(problems()).toEqual({ failed: [], errors: [] });
    await page.context().close();
  });

  it('lets the admin accept and publish the first version on /admin, and the pages then show it', async () => {
    const admin = (await signIn(server.url, 'ana')).cookie;
    // The accounts API answers without a dataset too.
    const created = await fetch(`${server.url}/admin/accounts`, {
      method: 'POST',
      headers: { cookie: admin, origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'budi', role: 'steward', council: 'DKR-36.02' }),
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { password: string }).password).toMatch(/^[\w-]{20}$/);
    // The steward sends the council's data as /submit does (the file as the body).
    const steward = (await signIn(server.url, 'siti')).cookie;
    const sent = await fetch(`${server.url}/api/submissions?name=first.zip`, {
      method: 'POST',
      body: makeZip(councilCsvFiles(councilTables('36.01', 12))) as BodyInit,
      headers: { cookie: steward, origin: server.url, 'content-type': 'application/octet-stream' },
    });
    expect(sent.status).toBe(201);
    const listed = await fetch(`${server.url}/api/submissions`, { headers: { cookie: admin } });
    expect(listed.status).toBe(200);
    await listed.body?.cancel();

    const { page, problems } = await watchedPage();
    await signInPage(page, 'ana', '/admin?lang=en');
    const checked = page.locator('[data-testid="review"] tbody tr[data-status="checked"]');
    await expect.poll(() => checked.count(), { timeout: 30_000 }).toBe(1);
    await checked.first().locator('[data-action="accept"]').click();
    await expect.poll(() => checked.count()).toBe(0);
    await page.click('[data-action="publish"]');
    const versions = page.locator('[data-testid="versions"] tbody tr');
    await expect.poll(() => versions.count(), { timeout: 60_000 }).toBe(1);
    expect(await versions.first().getAttribute('data-current')).toBe('true');
    expect(problems()).toEqual({ failed: [], errors: [] });

    const overview = await page.goto(`${server.url}/?lang=en`, { waitUntil: 'networkidle' });
    expect(overview?.status()).toBe(200);
    await expect
      .poll(() => page.locator('[data-stat="reached_artisans"] .value').textContent(), {
        timeout: 30_000,
      })
      .toBe('12');
    // With the first version published the nav offers the pages of figures again.
    expect(await page.locator('header nav a').count()).toBeGreaterThan(0);
    expect(await page.locator('header nav [data-nav-no-data]').count()).toBe(0);
    await page.context().close();
  }, 120_000);
});
