import { readFile, rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeZip } from '../../src/lib/server/accounts/zip-fixture.test-support.js';
import { councilCsvFiles, councilTables, fillTemplate } from '../council-files.js';
import { openPage, useBrowser } from './browser.js';
import { screenshots } from './results.js';
import {
  addAccounts,
  password,
  signIn,
  startAccountsServer,
  type AccountsServer,
} from './accounts-server.js';

let server: AccountsServer;
const browser = useBrowser();

beforeAll(async () => {
  // As `npm start` runs it: no ORIGIN.
  server = await startAccountsServer(inject('dataDir'), { origin: false });
  await addAccounts(server.stateDir, [{ username: 'ana', role: 'admin' }]);
});

afterAll(async () => {
  await server?.stop();
  if (server) await rm(server.stateDir, { recursive: true, force: true });
});

async function signInPage(page: Page, username: string, secret: string, next: string) {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`, {
    waitUntil: 'networkidle',
  });
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', secret);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.pathname === next.split('?')[0], { timeout: 30_000 });
}

/** The overview's "artisans reached" card, once it shows a number. */
async function reachedOnOverview(page: Page, expected: string): Promise<string> {
  await page.goto(`${server.url}/?lang=en`, { waitUntil: 'networkidle' });
  const card = page.locator('[data-stat="reached_artisans"] .value');
  await expect.poll(() => card.textContent(), { timeout: 30_000 }).toBe(expected);
  return (await card.textContent()) ?? '';
}

describe('a council sends its data, the province reviews and publishes', () => {
  it('runs the whole path: account, template, report, fix, accept, publish, roll back', async () => {
    // The admin creates the steward's account on /admin.
    const admin = await openPage(browser());
    await signInPage(admin.page, 'ana', password('ana'), '/admin?lang=en');
    await admin.page.fill('[data-testid="add-account"] input[name=username]', 'siti');
    await admin.page.selectOption('[data-testid="add-account"] select[name=role]', 'steward');
    await admin.page.fill('[data-testid="add-account"] input[name=council]', 'DKR-36.01');
    await admin.page.click('[data-testid="add-account"] button[type=submit]');
    const secret =
      (await admin.page
        .locator('[data-testid="new-password"] code')
        .textContent({ timeout: 30_000 })) ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await expect
      .poll(() => admin.page.locator('[data-testid="accounts"]').textContent())
      .toContain('DKR-36.01');

    // An earlier publication (12 artisans trained), made through the API: the version to roll back to.
    const steward = (await signIn(server.url, 'siti', secret)).cookie;
    const adminCookie = (await signIn(server.url, 'ana')).cookie;
    // The file as the body, as /submit sends it (a multipart post needs ORIGIN set to pass
    // SvelteKit's origin check on a server that takes http for https).
    const earlier = await (
      await fetch(`${server.url}/api/submissions?name=earlier.zip`, {
        method: 'POST',
        body: makeZip(councilCsvFiles(councilTables('36.01', 12))) as BodyInit,
        headers: {
          cookie: steward,
          origin: server.url,
          'content-type': 'application/octet-stream',
        },
      })
    ).json();
    await fetch(`${server.url}/api/submissions/${earlier.id}/accept`, {
      method: 'POST',
      headers: { cookie: adminCookie },
    });
    const v1 = (
      await (
        await fetch(`${server.url}/api/datasets`, {
          method: 'POST',
          headers: { cookie: adminCookie },
        })
      ).json()
    ).version;
    const publicPage = await openPage(browser());
    expect(await reachedOnOverview(publicPage.page, '12')).toBe('12');

    // The steward signs in, downloads the template and sends it filled in, with one bad score.
    const desk = await openPage(browser());
    await signInPage(desk.page, 'siti', secret, '/submit?lang=en');
    const [download] = await Promise.all([
      desk.page.waitForEvent('download'),
      desk.page.click('[data-testid="template"]'),
    ]);
    const template = new Uint8Array(await readFile((await download.path())!));
    const rows = councilTables('36.01', 20);
    rows.assessments[2]![3] = '9';
    const withError = await fillTemplate(template, rows);
    await desk.page.setInputFiles('input[type=file]', {
      name: 'pandeglang.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(withError),
    });
    await desk.page.click('form button[type=submit]');
    const report = desk.page.locator('[data-testid="report"]');
    await expect
      .poll(() => report.getAttribute('data-status'), { timeout: 60_000 })
      .toBe('checked');
    expect(await report.locator('[data-count="rejected"]').textContent()).toBe('1');
    const problem = await report.locator('[data-testid="problems"] tbody tr').first().textContent();
    expect(problem).toContain('pandeglang.xlsx [assessments]');
    expect(problem).toContain('design');
    await desk.page.screenshot({ path: `${screenshots}submit.png`, fullPage: true });
    await desk.page.setViewportSize({ width: 390, height: 900 });
    await desk.page.screenshot({ path: `${screenshots}submit-390.png`, fullPage: true });
    await desk.page.setViewportSize({ width: 1280, height: 900 });

    // Fixed and sent again: nothing rejected.
    rows.assessments[2]![3] = '4';
    await desk.page.setInputFiles('input[type=file]', {
      name: 'pandeglang.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await fillTemplate(template, rows)),
    });
    await desk.page.click('form button[type=submit]');
    await expect
      .poll(() => report.locator('[data-count="rejected"]').textContent(), { timeout: 60_000 })
      .toBe('0');
    await expect
      .poll(() => desk.page.locator('[data-testid="submissions"] tbody tr').count())
      .toBe(3);
    expect(desk.errors).toEqual([]);

    // The admin accepts the fixed submission and publishes: the public overview shows 20.
    await admin.page.goto(`${server.url}/admin?lang=en`, { waitUntil: 'networkidle' });
    const fixed = admin.page
      .locator('[data-testid="review"] tbody tr[data-status="checked"]')
      .first();
    await fixed.locator('[data-action="accept"]').click();
    await expect
      .poll(() =>
        admin.page.locator('[data-testid="review"] tbody tr[data-status="checked"]').count(),
      )
      .toBe(1);
    await admin.page.click('[data-action="publish"]');
    await expect
      .poll(() => admin.page.locator('[data-testid="versions"] tbody tr').count(), {
        timeout: 60_000,
      })
      .toBe(2);
    expect(await reachedOnOverview(publicPage.page, '20')).toBe('20');
    // The versions table counts the data's rows (78 for 20 artisans), not the reference regions.
    expect(
      await admin.page
        .locator('[data-testid="versions"] tbody tr')
        .first()
        .locator('td.num')
        .textContent(),
    ).toBe('78');
    await admin.page.screenshot({ path: `${screenshots}admin.png`, fullPage: true });
    await admin.page.setViewportSize({ width: 390, height: 900 });
    await admin.page.screenshot({ path: `${screenshots}admin-390.png`, fullPage: true });
    await admin.page.setViewportSize({ width: 1280, height: 900 });

    // The admin makes the earlier version current again: the old number returns.
    await admin.page
      .locator(`[data-testid="versions"] tr[data-version="${v1}"] [data-action="activate"]`)
      .click();
    await expect
      .poll(() => admin.page.locator(`tr[data-version="${v1}"]`).getAttribute('data-current'))
      .toBe('true');
    expect(await reachedOnOverview(publicPage.page, '12')).toBe('12');
    const audit = (await admin.page.locator('[data-testid="audit"]').textContent()) ?? '';
    for (const action of ['login', 'account_add', 'submission', 'accept', 'publish', 'activate'])
      expect(audit).toContain(action);
    expect(admin.errors).toEqual([]);
    expect(publicPage.errors).toEqual([]);
  }, 240_000);

  it('sends anyone not signed in from /submit and /admin to /login', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${server.url}/submit`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.goto(`${server.url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin');
  });

  it('signs out from /admin and from /submit: the session ends and the page asks to sign in again', async () => {
    await addAccounts(server.stateDir, [
      { username: 'rudi', role: 'steward', council_id: 'DKR-36.02' },
    ]);
    for (const [username, path] of [
      ['ana', '/admin'],
      ['rudi', '/submit'],
    ] as const) {
      const { page, errors } = await openPage(browser());
      await signInPage(page, username, password(username), `${path}?lang=en`);
      await expect
        .poll(() => page.locator('[data-testid="signed-in"]').textContent())
        .toContain(username);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
      await page.goto(`${server.url}${path}`);
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(errors).toEqual([]);
    }
  }, 120_000);

  it('refuses forged cross-site posts to the account API, as a form and as JSON', async () => {
    const cookie = (await signIn(server.url, 'ana')).cookie;
    const form = await fetch(`${server.url}/admin/accounts`, {
      method: 'POST',
      headers: {
        cookie,
        origin: 'http://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'username=mallory&role=admin',
    });
    expect(form.status).toBe(403);
    const json = await fetch(`${server.url}/admin/accounts`, {
      method: 'POST',
      headers: { cookie, origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', role: 'admin' }),
    });
    expect(json.status).toBe(403);
    const anonymous = await fetch(`${server.url}/admin/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', role: 'admin' }),
    });
    expect(anonymous.status).toBe(401);
    const audit = await (await fetch(`${server.url}/api/audit`, { headers: { cookie } })).json();
    expect(JSON.stringify(audit)).not.toContain('mallory');
  });
});
