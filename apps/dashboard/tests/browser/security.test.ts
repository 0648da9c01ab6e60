// Browser and HTTP tests of the server's defences (issue "Hardening"): security headers on pages
// and API answers, a Content-Security-Policy the pages keep to, no framing, a 413 for an
// oversized body, `pnpm start` listening on localhost only, and the SQL page's CSV download
// writing formula-like text as text.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chartStates, openPage, useBrowser } from './browser.js';
import { freePort } from './server.js';

const base = inject('baseUrl');

const browser = useBrowser();

/** Records every Content-Security-Policy violation the page reports, before any script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('security headers', () => {
  it.each([
    ['the overview page', '/'],
    ['a page in English', '/reach?lang=en'],
    ['the health check', '/api/health'],
    ['an API answer', '/api/metrics/reach?region=36'],
    ['an API error', '/api/metrics/popularity'],
    ['a page that does not exist', '/no-such-page'],
  ])('%s sends nosniff, DENY, a referrer policy and a CSP without framing', async (_name, path) => {
    const response = await fetch(`${base}${path}`);
    await response.body?.cancel();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it("a page's policy allows only its own scripts, by nonce", async () => {
    const response = await fetch(`${base}/`);
    const html = await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toMatch(/script-src 'self' 'nonce-/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("img-src 'self' data: blob:");
    // Every inline script the browser runs carries the nonce (JSON data blocks are not run).
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)]
      .map((match) => match[1]!)
      .filter((attributes) => !/type="application\/json"/.test(attributes));
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
    const json = await fetch(`${base}/api/health`);
    await json.body?.cancel();
    expect(json.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});

describe('Content-Security-Policy in the browser', () => {
  it('the overview draws its charts and a PNG downloads with no violation', async () => {
    const { page, errors } = await openPage(browser());
    const violations = await watchViolations(page);
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    const states = await chartStates(page);
    expect(
      Object.values(states).every((state) => state === 'ready' || state === 'empty'),
      `chart states ${JSON.stringify(states)}, errors ${JSON.stringify(errors)}`,
    ).toBe(true);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('figure[data-chart] [data-download="png"]'),
    ]);
    const bytes = await readFile((await png.path()) ?? '');
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // Client-side navigation (scripts, styles and fetches of another page).
    await page.click('a[href^="/reach"]');
    await page.waitForURL(/\/reach/);
    await chartStates(page);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    '/competitiveness',
    '/network',
    '/impact',
    '/exhibitions',
    '/advice',
    '/programs',
    '/brief',
    '/sql',
    '/data',
    '/login',
    '/submit',
    '/admin',
  ])('%s loads with no violation', async (path) => {
    const { page } = await openPage(browser());
    const violations = await watchViolations(page);
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(700);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('a page of another site cannot frame the dashboard', async () => {
    const { page } = await openPage(browser());
    await page.route('http://attacker.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: route.request().url().endsWith('/inner')
          ? "<h1>the attacker's own page</h1>"
          : `<iframe name="own" src="/inner"></iframe><iframe name="dashboard" src="${base}/"></iframe>`,
      }),
    );
    await page.goto('http://attacker.test/', { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    // The control: a frame without the headers loads; the dashboard's is replaced by an error.
    expect(page.frame({ name: 'own' })?.url()).toBe('http://attacker.test/inner');
    expect(page.frame({ name: 'dashboard' })?.url()).toMatch(/^chrome-error:/);
    expect(page.frames().some((frame) => frame.url().startsWith(base))).toBe(false);
    await page.context().close();
  });
});

/** A POST whose body is `megabytes` MB of JSON-ish bytes, sent chunked (no Content-Length). */
async function chunkedPost(url: string, megabytes: number): Promise<Response> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= megabytes * 1024 * 1024) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('request bodies', () => {
  it('a 10 MB chunked body to POST /api/sql is a 413 with one sentence, and the server stays up', async () => {
    const response = await chunkedPost(`${base}/api/sql`, 10);
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: string };
    // The console caps its own body (64 KB); any other route is capped by BODY_SIZE_LIMIT
    // (respond.test.ts reads a body through adapter-node's request with its limit).
    expect(body.error).toMatch(/^The request body is larger than/);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    await health.body?.cancel();
  });

  it('a 10 MB body with its Content-Length is a 413 too', async () => {
    const response = await fetch(`${base}/api/sql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sql: `SELECT '${'x'.repeat(10 * 1024 * 1024)}'` }),
    });
    expect(response.status).toBe(413);
    await response.body?.cancel();
  });
});

/** Whether a TCP connection to host:port is accepted. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('pnpm start', () => {
  it('refuses an ANYAM_DATA folder without a dataset in one sentence, and leaves it empty', async () => {
    const start = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));
    const empty = await mkdtemp(join(tmpdir(), 'anyam-empty-'));
    try {
      const child = spawn(process.execPath, [start], {
        env: { ...process.env, ANYAM_DATA: empty, PORT: String(await freePort()) },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^There is no dataset in ANYAM_DATA/);
      expect(await readdir(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('listens on localhost only by default, and answers an oversized body with 413', async () => {
    const start = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ANYAM_DATA: inject('dataDir'),
      PORT: String(port),
    };
    delete env.HOST;
    delete env.BODY_SIZE_LIMIT;
    const child = spawn(process.execPath, [start], { env, stdio: 'ignore' });
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let attempt = 0; ; attempt += 1) {
        if (await reachable('127.0.0.1', port)) break;
        if (attempt > 200) throw new Error('pnpm start did not listen');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal);
      expect(outside, 'this machine has a network interface besides loopback').toBeDefined();
      expect(await reachable(outside!.address, port)).toBe(false);
      const over = await chunkedPost(`${url}/api/sql`, 10);
      expect(over.status).toBe(413);
      await over.body?.cancel();
    } finally {
      child.kill('SIGTERM');
    }
    // The control: HOST=0.0.0.0 serves the network, so the refusal above is the default's doing.
    const open = await freePort();
    const served = spawn(process.execPath, [start], {
      env: { ...env, PORT: String(open), HOST: '0.0.0.0' },
      stdio: 'ignore',
    });
    try {
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal)!;
      for (let attempt = 0; ; attempt += 1) {
        if (await reachable(outside.address, open)) break;
        if (attempt > 200) throw new Error('HOST=0.0.0.0 did not serve the network');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      served.kill('SIGTERM');
    }
  });
});

describe('the SQL page', () => {
  it('downloads formula-like text as text and negative numbers as numbers', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${base}/sql?lang=en`, { waitUntil: 'networkidle' });
    await page.waitForSelector('table[data-result]');
    await page.fill(
      '#sql-editor',
      `SELECT '=HYPERLINK("http://x","klik")' AS "=name", -12.5 AS change, '@SUM(A1)' AS note`,
    );
    await page.press('#sql-editor', 'Control+Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-row-count]')?.getAttribute('data-row-count') === '1',
    );
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.results [data-download="csv"]'),
    ]);
    const text = (await readFile((await csv.path()) ?? '', 'utf8')).replace(/^\ufeff/, '');
    expect(text).toBe(
      `'=name,change,note\r\n"'=HYPERLINK(""http://x"",""klik"")",-12.5,'@SUM(A1)\r\n`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
