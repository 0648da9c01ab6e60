import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeZip } from '../../src/lib/server/accounts/zip-fixture.test-support.js';
import { councilCsvFiles, councilTables, fillTemplate, plantedNik } from '../council-files.js';
import {
  addAccounts,
  signIn,
  startAccountsServer,
  type AccountsServer,
} from './accounts-server.js';

let server: AccountsServer;
let url: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await startAccountsServer(inject('dataDir'));
  url = server.url;
  await addAccounts(server.stateDir, [
    { username: 'ana', role: 'admin' },
    { username: 'siti', role: 'steward', council_id: 'DKR-36.01' },
    { username: 'budi', role: 'steward', council_id: 'DKR-36.02' },
    { username: 'rina', role: 'analyst' },
    { username: 'tebak', role: 'steward', council_id: 'DKR-36.03' },
  ]);
  for (const name of ['ana', 'siti', 'budi', 'rina'])
    cookies[name] = (await signIn(url, name)).cookie;
});

afterAll(async () => {
  if (process.env.ANYAM_DEBUG_LOG) console.log(server?.log());
  await server?.stop();
  if (server) await rm(server.stateDir, { recursive: true, force: true });
});

const as = (name: string | null, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: {
    ...(init.headers as Record<string, string>),
    ...(name ? { cookie: cookies[name]! } : {}),
  },
});

/** A multipart upload as the /submit page sends it: a browser names its origin. */
function upload(name: string | null, bytes: Uint8Array | string, fileName: string, origin = url) {
  const form = new FormData();
  form.set('file', new Blob([bytes as BlobPart]), fileName);
  return fetch(
    `${url}/api/submissions?lang=en`,
    as(name, { method: 'POST', body: form, headers: { origin } }),
  );
}

const zipOf = (region: string, participants: number) =>
  makeZip(councilCsvFiles(councilTables(region, participants)));

describe('POST /api/session', () => {
  it('sets an HttpOnly, SameSite=Lax, Path=/ cookie (not Secure over http) and knows the user', async () => {
    const { response, setCookie, cookie } = await signIn(url, 'rina');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: expect.objectContaining({ username: 'rina', role: 'analyst' }),
    });
    expect(setCookie).toMatch(/^anyam_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).toMatch(/; Max-Age=43200/i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
    const me = await (await fetch(`${url}/api/session`, { headers: { cookie } })).json();
    expect(me.user.username).toBe('rina');
    // The state keeps the token's hash, never the token.
    const stateBytes = await readFile(join(server.stateDir, 'state.duckdb'));
    expect(stateBytes.includes(Buffer.from(cookie.split('=')[1]!))).toBe(false);
  });

  it('answers a wrong password 401 and, after five, 429 even for the right one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await signIn(url, 'tebak', `salah-${i}`)).response.status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await signIn(url, 'tebak');
    expect(locked.response.status).toBe(429);
    expect(Number(locked.response.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(locked.setCookie).toBe('');
    expect((await locked.response.json()).error).toMatch(/^Too many wrong passwords/);
  });

  it('refuses a form-encoded login and a cross-site one', async () => {
    const form = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://evil.example',
      },
      body: 'username=siti&password=x',
    });
    expect(form.status).toBe(403);
    const json = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ username: 'siti', password: 'sandi-siti-rahasia' }),
    });
    expect(json.status).toBe(403);
    expect(json.headers.get('set-cookie')).toBeNull();
  });

  it('DELETE ends the session', async () => {
    const { cookie } = await signIn(url, 'rina');
    expect(
      (await fetch(`${url}/api/session`, { method: 'DELETE', headers: { cookie } })).status,
    ).toBe(200);
    expect(
      (await (await fetch(`${url}/api/session`, { headers: { cookie } })).json()).user,
    ).toBeNull();
  });
});

describe('every accounts route and role', () => {
  const routes: [string, string][] = [
    ['GET', '/api/submissions'],
    ['POST', '/api/submissions'],
    ['GET', '/api/submissions/S-20260101-00000000/rejects.csv'],
    ['POST', '/api/submissions/S-20260101-00000000/accept'],
    ['POST', '/api/submissions/S-20260101-00000000/return'],
    ['GET', '/api/datasets'],
    ['POST', '/api/datasets'],
    ['POST', '/api/datasets/v1/activate'],
    ['GET', '/api/audit'],
  ];

  it.each(routes)('%s %s answers 401 without a session', async (method, path) => {
    const response = await fetch(`${url}${path}`, { method });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe('Sign in first: this needs an account.');
  });

  it('answers 403 to a role the route is not for', async () => {
    const forbidden: [string, string, string][] = [
      ['siti', 'GET', '/api/datasets'],
      ['siti', 'POST', '/api/datasets'],
      ['siti', 'POST', '/api/datasets/v1/activate'],
      ['siti', 'GET', '/api/audit'],
      ['siti', 'POST', '/api/submissions/S-20260101-00000000/accept'],
      ['rina', 'GET', '/api/submissions'],
      ['rina', 'POST', '/api/submissions'],
      ['ana', 'POST', '/api/submissions'],
    ];
    for (const [name, method, path] of forbidden) {
      const response = await fetch(`${url}${path}`, as(name, { method }));
      expect(response.status, `${name} ${method} ${path}`).toBe(403);
    }
  });
});

describe("the analysts' surfaces once accounts exist", () => {
  // The test client is on this computer: without accounts it would be let in as the local demo.
  it('refuse an anonymous loopback request, and let the analyst in', async () => {
    const query = (name: string | null) =>
      fetch(
        `${url}/api/sql`,
        as(name, {
          method: 'POST',
          body: JSON.stringify({ sql: 'SELECT 1 AS one' }),
          headers: { 'content-type': 'application/json' },
        }),
      );
    expect((await query(null)).status).toBe(401);
    expect((await fetch(`${url}/api/data/councils.csv`)).status).toBe(401);
    expect((await query('siti')).status).toBe(403);
    const analyst = await query('rina');
    expect(analyst.status).toBe(200);
    expect((await analyst.json()).rows).toEqual([[1]]);
  });
});

describe('POST /api/submissions', () => {
  it('checks a zip of the 13 CSV files as validate does and answers 201', async () => {
    const response = await upload('siti', zipOf('36.01', 12), 'pandeglang.zip');
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      council_id: 'DKR-36.01',
      status: 'checked',
      report: { command: 'validate', exit_code: 0 },
    });
    expect(body.id).toMatch(/^S-\d{8}-[0-9a-f]{8}$/);
    expect(body.report.totals).toMatchObject({ rejected: 0 });
    expect(JSON.stringify(body)).not.toContain(server.stateDir);
    expect(JSON.stringify(body.report.inputs)).toBe('["pandeglang.zip"]');
  });

  it('reports each bad row of a workbook, and serves rejects.csv to that steward and the admin only', async () => {
    const template = new Uint8Array(
      await (await fetch(`${url}/api/template.xlsx?council=DKR-36.01&lang=en`)).arrayBuffer(),
    );
    const rows = councilTables('36.01', 12);
    rows.assessments[0]![3] = '9';
    const response = await upload('siti', await fillTemplate(template, rows), 'pandeglang.xlsx');
    const body = await response.json();
    expect(response.status).toBe(201);
    expect(body.status).toBe('checked');
    expect(body.report.problems).toEqual([
      expect.objectContaining({
        file: 'pandeglang.xlsx [assessments]',
        line: 2,
        column: 'design',
        value: '9',
      }),
    ]);
    const rejects = await fetch(`${url}/api/submissions/${body.id}/rejects.csv`, as('siti'));
    expect(rejects.status).toBe(200);
    expect(await rejects.text()).toContain('pandeglang.xlsx [assessments]');
    expect((await fetch(`${url}/api/submissions/${body.id}/rejects.csv`, as('ana'))).status).toBe(
      200,
    );
    expect((await fetch(`${url}/api/submissions/${body.id}/rejects.csv`, as('budi'))).status).toBe(
      404,
    );
    const listed = await (await fetch(`${url}/api/submissions`, as('budi'))).json();
    expect(listed.submissions.map((s: { id: string }) => s.id)).not.toContain(body.id);
    const mine = await (await fetch(`${url}/api/submissions`, as('siti'))).json();
    expect(mine.submissions.map((s: { id: string }) => s.id)).toContain(body.id);
  });

  it("refuses another council's folder with a sentence", async () => {
    const body = await (await upload('budi', zipOf('36.01', 12), 'not-mine.zip')).json();
    expect(body).toMatchObject({
      council_id: 'DKR-36.02',
      status: 'refused',
      note: "The councils table of this file does not hold your council DKR-36.02; a steward submits only its own council's data.",
    });
  });

  it('answers a file that is neither a workbook nor a zip with one sentence, 400', async () => {
    const response = await upload('siti', 'council_id,region_code\n', 'councils.txt');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error:
        'The file is neither an Excel workbook (.xlsx) nor a zip of the 13 CSV files, so it was not checked.',
    });
    const missing = await fetch(
      `${url}/api/submissions`,
      as('siti', { method: 'POST', body: new FormData(), headers: { origin: url } }),
    );
    expect(missing.status).toBe(400);
  });

  it('refuses a zip bomb, a path that leaves the folder, and an upload over 20 MB', async () => {
    const bomb = makeZip([
      { name: 'councils.csv', bytes: new Uint8Array(300 * 1024 * 1024), claimSize: 10 },
    ]);
    const bombAnswer = await upload('siti', bomb, 'bomb.zip');
    expect(bombAnswer.status).toBe(400);
    expect((await bombAnswer.json()).error).toMatch(/^The zip inflates to more than/);
    const traversal = await upload(
      'siti',
      makeZip([{ name: '../../councils.csv', bytes: 'x' }]),
      'up.zip',
    );
    expect(traversal.status).toBe(400);
    expect((await traversal.json()).error).toMatch(/leaves its folder/);
    const big = await upload('siti', new Uint8Array(20.5 * 1024 * 1024), 'big.xlsx');
    expect(big.status).toBe(413);
    const entries = await readdir(join(server.stateDir, 'submissions'));
    for (const entry of entries) expect(entry).toMatch(/^S-\d{8}-[0-9a-f]{8}$/);
    // Nothing was written outside the submission folders.
    expect(await readdir(server.stateDir)).toEqual(expect.not.arrayContaining(['councils.csv']));
  });

  it('takes the file as the raw body too, named in ?name=, bounded the same', async () => {
    const raw = (bytes: Uint8Array, name: string) =>
      fetch(`${url}/api/submissions?lang=en&name=${encodeURIComponent(name)}`, {
        method: 'POST',
        body: bytes as BodyInit,
        headers: { cookie: cookies.siti!, origin: url, 'content-type': 'application/octet-stream' },
      });
    const answer = await raw(zipOf('36.01', 12), '../../raw "name".zip');
    expect(answer.status).toBe(201);
    const body = await answer.json();
    expect(body.status).toBe('checked');
    const listed = (await (await fetch(`${url}/api/submissions`, as('siti'))).json()).submissions;
    expect(listed.find((s: { id: string }) => s.id === body.id).file_name).toBe('raw _name_.zip');
    expect((await raw(new Uint8Array(20.5 * 1024 * 1024), 'big.zip')).status).toBe(413);
  });

  it('lets an admin add and remove an account, whose sessions end with it', async () => {
    const created = await fetch(`${url}/admin/accounts`, {
      ...as('ana'),
      method: 'POST',
      headers: { cookie: cookies.ana!, origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dewi', role: 'steward', council: 'DKR-36.04' }),
    });
    expect(created.status).toBe(201);
    const { password: secret } = await created.json();
    const dewi = (await signIn(url, 'dewi', secret)).cookie;
    expect((await fetch(`${url}/api/submissions`, { headers: { cookie: dewi } })).status).toBe(200);
    const bySteward = await fetch(`${url}/admin/accounts/ana`, {
      method: 'DELETE',
      headers: { cookie: dewi },
    });
    expect(bySteward.status).toBe(403);
    const removed = await fetch(`${url}/admin/accounts/dewi`, {
      method: 'DELETE',
      headers: { cookie: cookies.ana! },
    });
    expect(removed.status).toBe(200);
    expect((await fetch(`${url}/api/submissions`, { headers: { cookie: dewi } })).status).toBe(401);
  });

  it('refuses a forged cross-site form post with 403', async () => {
    const response = await upload('siti', zipOf('36.01', 12), 'forged.zip', 'http://evil.example');
    expect(response.status).toBe(403);
    const before = (await (await fetch(`${url}/api/submissions`, as('siti'))).json()).submissions
      .length;
    const forgedPublish = await fetch(
      `${url}/api/datasets`,
      as('ana', {
        method: 'POST',
        headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      }),
    );
    expect(forgedPublish.status).toBe(403);
    expect(
      (await (await fetch(`${url}/api/submissions`, as('siti'))).json()).submissions.length,
    ).toBe(before);
  });
});

describe('review, publication and activation', () => {
  async function accepted(participants: number): Promise<string> {
    const body = await (
      await upload('siti', zipOf('36.01', participants), `p${participants}.zip`)
    ).json();
    const accept = await fetch(
      `${url}/api/submissions/${body.id}/accept`,
      as('ana', { method: 'POST' }),
    );
    expect(accept.status).toBe(200);
    expect((await accept.json()).status).toBe('accepted');
    return body.id;
  }

  async function reached(): Promise<number> {
    const health = await (await fetch(`${url}/api/health`)).json();
    const overview = await (
      await fetch(`${url}/api/overview?region=36&year=${health.dataset.last_year}`)
    ).json();
    return (
      overview.current?.reached_artisans ??
      overview.headline?.reached_artisans ??
      overview.reached_artisans
    );
  }

  it('returns a submission with a note the steward sees, and accepts only checked ones', async () => {
    const body = await (await upload('siti', zipOf('36.01', 12), 'again.zip')).json();
    const noNote = await fetch(
      `${url}/api/submissions/${body.id}/return`,
      as('ana', { method: 'POST' }),
    );
    expect(noNote.status).toBe(400);
    const returned = await fetch(
      `${url}/api/submissions/${body.id}/return`,
      as('ana', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ note: 'Lengkapi data 2023.' }),
      }),
    );
    expect(returned.status).toBe(200);
    const mine = (await (await fetch(`${url}/api/submissions`, as('siti'))).json()).submissions;
    expect(mine.find((s: { id: string }) => s.id === body.id)).toMatchObject({
      status: 'returned',
      note: 'Lengkapi data 2023.',
    });
    const refused = (await (await upload('budi', zipOf('36.01', 12), 'x.zip')).json()).id;
    expect(
      (await fetch(`${url}/api/submissions/${refused}/accept`, as('ana', { method: 'POST' })))
        .status,
    ).toBe(409);
  });

  it('publishes the latest accepted submission, switches the public numbers, and activates an older version', async () => {
    const before = await reached();
    await accepted(12);
    const first = await fetch(`${url}/api/datasets`, as('ana', { method: 'POST' }));
    expect(first.status).toBe(201);
    const v1 = (await first.json()).version;
    expect(await reached()).toBe(12);
    await accepted(20);
    const v2 = (await (await fetch(`${url}/api/datasets`, as('ana', { method: 'POST' }))).json())
      .version;
    expect(await reached()).toBe(20);
    const listed = await (await fetch(`${url}/api/datasets`, as('ana'))).json();
    expect(listed.current).toBe(v2);
    expect(listed.versions[0]).toMatchObject({
      version: v2,
      published_by: 'ana',
      rows: { artisans: 20, participations: 20 },
    });
    expect(
      (await fetch(`${url}/api/datasets/${v1}/activate`, as('ana', { method: 'POST' }))).status,
    ).toBe(200);
    expect(await reached()).toBe(12);
    expect((await (await fetch(`${url}/api/datasets`, as('ana'))).json()).current).toBe(v1);
    expect(
      (await fetch(`${url}/api/datasets/v999/activate`, as('ana', { method: 'POST' }))).status,
    ).toBe(404);
    expect(before).not.toBe(12);
  });

  it('two publications at once leave one current version and no half-written one', async () => {
    const [a, b] = await Promise.all([
      fetch(`${url}/api/datasets`, as('ana', { method: 'POST' })),
      fetch(`${url}/api/datasets`, as('ana', { method: 'POST' })),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const versions = [(await a.json()).version, (await b.json()).version];
    expect(new Set(versions).size).toBe(2);
    const current = (await readFile(join(server.stateDir, 'current'), 'utf8')).trim();
    expect(versions).toContain(current);
    const folders = await readdir(join(server.stateDir, 'datasets'));
    for (const folder of folders) {
      expect(folder).toMatch(/^v\d+$/);
      expect(
        (await stat(join(server.stateDir, 'datasets', folder, 'manifest.json'))).isFile(),
      ).toBe(true);
    }
    expect(folders.length).toBeLessThanOrEqual(5);
  });

  it('a publication while 16 clients read the dashboard fails no request', async () => {
    let stop = false;
    const results = { ok: 0, failed: [] as string[] };
    const health = await (await fetch(`${url}/api/health`)).json();
    const paths = [
      '/api/health',
      `/api/overview?region=36&year=${health.dataset.last_year}`,
      '/api/regions?region=36',
      '/',
    ];
    const client = async (index: number) => {
      for (let i = 0; !stop; i += 1) {
        const path = paths[(index + i) % paths.length]!;
        const response = await fetch(`${url}${path}`);
        await response.arrayBuffer();
        if (response.ok) results.ok += 1;
        else results.failed.push(`${response.status} ${path}`);
      }
    };
    const clients = Array.from({ length: 16 }, (_, i) => client(i));
    const published = await fetch(`${url}/api/datasets`, as('ana', { method: 'POST' }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop = true;
    await Promise.all(clients);
    expect(published.status).toBe(201);
    console.log(
      `16 clients during a publication: ${results.ok} answers, ${results.failed.length} failed`,
    );
    if (results.failed.length > 0) console.log(server.log().slice(-3000));
    expect(results.failed).toEqual([]);
    expect(results.ok).toBeGreaterThan(16);
  });

  it('keeps at most five versions, and an audit entry for every action', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await fetch(`${url}/api/datasets`, as('ana', { method: 'POST' }))).status).toBe(201);
    const listed = await (await fetch(`${url}/api/datasets`, as('ana'))).json();
    expect(listed.versions).toHaveLength(5);
    expect((await readdir(join(server.stateDir, 'datasets'))).sort()).toEqual(
      listed.versions.map((v: { version: string }) => v.version).sort(),
    );
    const { entries } = await (await fetch(`${url}/api/audit`, as('ana'))).json();
    const actions = new Set(entries.map((e: { action: string }) => e.action));
    for (const action of [
      'login',
      'login_failed',
      'logout',
      'submission',
      'accept',
      'return',
      'publish',
      'activate',
    ])
      expect(actions, action).toContain(action);
    expect(entries[0]).toEqual({
      at: expect.any(String),
      user: 'ana',
      action: 'publish',
      detail: expect.stringMatching(/^v\d+ from S-/),
    });
  });
});

describe('personal data', () => {
  it('no planted NIK outside the submissions folder: datasets, reports, state file, server log', async () => {
    const niks = [0, 1, 11, 19].map((i) => Buffer.from(plantedNik('36.01', i)));
    const found: string[] = [];
    async function search(dir: string): Promise<void> {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== join(server.stateDir, 'submissions')) await search(path);
        } else {
          // DuckDB's write-ahead log goes once the server lets go of the state: its rows are then
          // in state.duckdb, which is searched too.
          const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') return Buffer.alloc(0);
            throw error;
          });
          for (const nik of niks) if (bytes.includes(nik)) found.push(`${path} ${nik}`);
        }
      }
    }
    // The server lets go of the state file 250 ms after its last operation.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await search(server.stateDir);
    for (const nik of niks)
      if (server.log().includes(nik.toString())) found.push(`server log ${nik}`);
    expect(found).toEqual([]);
    // The search can find them: they are in the submitted files (CSV folders; a workbook's are
    // compressed). Submission ids end in random hex, so every one is read.
    const submissions = join(server.stateDir, 'submissions');
    const files = (await readdir(submissions, { recursive: true, withFileTypes: true })).filter(
      (entry) => entry.isFile() && entry.name === 'artisans.csv',
    );
    const holding = [];
    for (const file of files)
      if ((await readFile(join(file.parentPath, file.name))).includes(niks[0]!))
        holding.push(file.name);
    expect(holding.length).toBeGreaterThan(0);
  });
});
