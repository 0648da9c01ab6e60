import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { folderFingerprint } from '../../../../../../packages/duckdb/src/testing/folder-fingerprint.js';
import { residentPeak } from '../../../../../../packages/duckdb/src/testing/resident-peak.js';
import { GET as fileGet } from '../../../routes/api/data/[file]/+server.js';
import { resetWrongTokens, setAccountsCheck } from '../analyst-access.js';
import { POST as sqlPost } from '../../../routes/api/sql/+server.js';
import { GET as schemaGet } from '../../../routes/api/sql/schema/+server.js';
import { GET as examplesGet } from '../../../routes/api/sql/examples/+server.js';
import { closeDataset } from '../dataset.js';
import { closeSandbox, getSandbox, sandboxVersion } from './sql-sandbox.js';
import { exampleQuestion, queriesDir } from './sql.js';

type Handler = (event: never) => Response | Promise<Response>;

/** Who sends a request: its client address and the locals the hooks set (none by default). */
interface From {
  address?: string | (() => string);
  locals?: Record<string, unknown>;
}

/** A fake RequestEvent, as SvelteKit gives one to a +server.ts handler. */
function event(request: Request, from: From = {}, params: Record<string, string> = {}) {
  const address = from.address ?? '127.0.0.1';
  return {
    request,
    url: new URL(request.url),
    params,
    locals: from.locals ?? {},
    getClientAddress: typeof address === 'function' ? address : () => address,
  } as never;
}

async function post(body: unknown, headers: Record<string, string> = {}, from: From = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const request = new Request('http://localhost/api/sql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: text,
  });
  const response = await (sqlPost as Handler)(event(request, from));
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const run = (sql: string, headers: Record<string, string> = {}, from: From = {}) =>
  post({ sql }, headers, from);

const schema = (headers: Record<string, string> = {}, from: From = {}) =>
  (schemaGet as Handler)(event(new Request('http://localhost/api/sql/schema', { headers }), from));

const examplesFrom = (headers: Record<string, string> = {}, from: From = {}) =>
  (examplesGet as Handler)(
    event(new Request('http://localhost/api/sql/examples', { headers }), from),
  );

const download = (file: string, headers: Record<string, string> = {}, from: From = {}) =>
  (fileGet as Handler)(
    event(new Request(`http://localhost/api/data/${file}`, { headers }), from, { file }),
  );

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
  // A short limit keeps the "stopped" test quick; the row cap stays the default 10,000.
  process.env.ANYAM_SQL_TIMEOUT_MS = '1500';
  delete process.env.ANYAM_SQL_TOKEN;
});
afterEach(() => {
  delete process.env.ANYAM_SQL_TOKEN;
  resetWrongTokens();
});
afterAll(async () => {
  await closeSandbox();
  await closeDataset();
  delete process.env.ANYAM_SQL_TIMEOUT_MS;
});

describe('POST /api/sql', () => {
  it('returns columns, rows as arrays and truncated false for a small query', async () => {
    const { status, body } = await run('SELECT council_id, name FROM councils ORDER BY council_id');
    expect(status).toBe(200);
    expect(body.columns).toEqual(['council_id', 'name']);
    expect(body.truncated).toBe(false);
    const rows = body.rows as string[][];
    expect(rows.length).toBe(9);
    expect(rows[0]![0]).toMatch(/^DKR-36/);
  });

  it.each([
    ["COPY councils TO '/tmp/anyam-leak.csv'", /^COPY is not allowed here/],
    ["ATTACH '/tmp/other.db' AS other", /^ATTACH is not allowed here/],
    ['INSTALL httpfs', /^INSTALL is not allowed here/],
    ['LOAD httpfs', /^LOAD is not allowed here/],
    ['SET threads = 8', /^SET is not allowed here/],
    ['PRAGMA database_list', /^PRAGMA is not allowed here/],
    ['CREATE TABLE t AS SELECT 1', /^CREATE is not allowed here/],
    ['DROP VIEW councils', /^DROP is not allowed here/],
    ["INSERT INTO councils VALUES ('x', '36', 'x')", /^INSERT is not allowed here/],
    ['SELECT 1; SELECT 2', /^The query has 2 statements/],
    ['', /^The query is empty/],
  ])('refuses %j with 400 and one clear sentence', async (sql, message) => {
    const { status, body } = await run(sql);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    expect(Object.keys(body)).toEqual(['error']);
  });

  it.each([
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM read_parquet('../../../../etc/passwd')",
  ])('refuses to read outside the dataset: %s', async (sql) => {
    const { status, body } = await run(sql);
    expect(status).toBe(400);
    expect(String(body.error)).not.toMatch(/root:/);
    expect(String(body.error).length).toBeGreaterThan(10);
  });

  it('stops a long query and then answers the next request normally', async () => {
    const { status, body } = await run('SELECT count(*) FROM range(100000000000) a');
    expect(status).toBe(400);
    expect(body.error).toMatch(/^The query was stopped after 1\.5 s/);
    const next = await run('SELECT 41 + 1 AS answer');
    expect(next.status).toBe(200);
    expect(next.body.rows).toEqual([[42]]);
  });

  it('cuts a huge result at the row cap with truncated true', async () => {
    const { status, body } = await run('SELECT range AS n FROM range(50000)');
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect((body.rows as unknown[]).length).toBe(10_000);
    expect(body.max_rows).toBe(10_000);
    const next = await run('SELECT count(*)::INTEGER AS n FROM councils');
    expect(next.body).toMatchObject({ rows: [[9]], truncated: false });
  });

  it("shows DuckDB's error for a query that fails", async () => {
    const { status, body } = await run('SELECT nonexistent_column FROM councils');
    expect(status).toBe(400);
    expect(body.error).toMatch(/nonexistent_column/);
  });

  it('refuses a body that is not JSON, not application/json, too large, or without sql', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ query: 'SELECT 1' })).body.error).toMatch(/needs a "sql" string/);
    expect((await post({ sql: 'SELECT 1', extra: 1 })).body.error).toMatch(
      /^Unknown field "extra"/,
    );
    const plain = await post(JSON.stringify({ sql: 'SELECT 1' }), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    const huge = await run(`SELECT '${'x'.repeat(70 * 1024)}' AS x`);
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatch(/larger than 64 KB/);
  });

  it('requires the token when ANYAM_SQL_TOKEN is set', async () => {
    process.env.ANYAM_SQL_TOKEN = 's3cret-token';
    const missing = await run('SELECT 1');
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatch(/^This SQL console needs a token/);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await run('SELECT 1', { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatch(/^The SQL console token is wrong/);
    const right = await run('SELECT 1 AS one', { authorization: 'Bearer s3cret-token' });
    expect(right.status).toBe(200);
    expect(right.body.rows).toEqual([[1]]);
    expect((await schema()).status).toBe(401);
  });
});

describe('the sandbox and the dataset', () => {
  it('opens a new sandbox when the dataset is replaced, and the old one is closed', async () => {
    await run('SELECT 1');
    const before = sandboxVersion();
    const old = await getSandbox();
    const copy = await mkdtemp(join(tmpdir(), 'anyam-sql-replaced-'));
    const saved = process.env.ANYAM_DATA!;
    try {
      await cp(saved, copy, { recursive: true });
      const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as {
        created_at: string;
      };
      manifest.created_at = '2030-01-01T00:00:00.000Z';
      await writeFile(join(copy, 'manifest.json'), JSON.stringify(manifest));
      process.env.ANYAM_DATA = copy;
      const { status, body } = await run('SELECT count(*)::INTEGER AS n FROM councils');
      expect(status).toBe(200);
      expect(body.rows).toEqual([[9]]);
      expect(sandboxVersion()).not.toBe(before);
      expect(sandboxVersion()).toContain('2030-01-01');
      await expect(old.run('SELECT 1')).rejects.toThrow(/closed/);
    } finally {
      process.env.ANYAM_DATA = saved;
      await run('SELECT 1');
      await rm(copy, { recursive: true, force: true });
    }
    expect(sandboxVersion()).toBe(before);
  });
});

describe('GET /api/sql/schema', () => {
  it('lists every view with its columns and the manifest row count', async () => {
    const response = await schema();
    expect(response.status).toBe(200);
    const { tables } = (await response.json()) as {
      tables: { name: string; rows: number; columns: { name: string; type: string }[] }[];
    };
    const names = tables.map((table) => table.name);
    expect(names).toEqual(
      expect.arrayContaining(['councils', 'participations', 'regions', 'study_visits']),
    );
    const artisans = tables.find((table) => table.name === 'artisans')!;
    expect(artisans.columns.map((column) => column.name)).not.toContain('nik');
    expect(artisans.rows).toBeGreaterThan(0);
    const participations = tables.find((table) => table.name === 'participations')!;
    expect(participations.columns).toContainEqual({ name: 'year', type: 'INTEGER' });
  });
});

const files = (await readdir(queriesDir())).filter((name) => name.endsWith('.sql')).sort();

describe('example queries (data/queries/*.sql) in the console', () => {
  it('are all served by GET /api/sql/examples with their question', async () => {
    const response = await examplesFrom();
    const { examples } = (await response.json()) as {
      examples: { file: string; question: string; sql: string }[];
    };
    expect(examples.map((example) => example.file)).toEqual(files);
    for (const example of examples) expect(example.question.length).toBeGreaterThan(10);
  });

  it.each(files)('%s runs through POST /api/sql and returns rows', async (file) => {
    const sql = await readFile(join(queriesDir(), file), 'utf8');
    const { status, body } = await run(sql);
    expect(status, String(body.error)).toBe(200);
    expect((body.rows as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('exampleQuestion', () => {
  it('joins the opening comment lines and drops the "Question:" label', () => {
    expect(exampleQuestion('-- Question: which councils host\n-- the most visits?\nSELECT 1')).toBe(
      'which councils host the most visits?',
    );
    expect(exampleQuestion('SELECT 1')).toBe('');
  });
});

describe('POST /api/sql under attack', () => {
  // DIR stands for the dataset folder the server reads (known once the global setup ran).
  const attacks = [
    "EXPLAIN ANALYZE COPY councils TO 'DIR/councils.parquet'",
    "EXPLAIN ANALYZE COPY (SELECT 'x' AS council_id) TO 'DIR/councils.parquet' (FORMAT parquet)",
    'EXPLAIN ANALYZE CREATE OR REPLACE VIEW councils AS SELECT 1 AS council_id',
    'EXPLAIN ANALYZE CREATE TABLE stolen AS SELECT * FROM artisans',
    'EXPLAIN ANALYZE CREATE MACRO twice(x) AS x * 2',
    '/* /* */ SELECT 1 */ CREATE TEMP VIEW councils AS SELECT 1 AS council_id',
    "/* /* */ SELECT */ EXPLAIN ANALYZE COPY councils TO 'DIR/councils.parquet'",
    "SELECT current_setting('allowed_directories')",
    'SELECT * FROM duckdb_settings()',
    'SELECT sql FROM duckdb_views()',
    'SELECT * FROM duckdb_databases()',
    "SELECT getenv('ANYAM_SQL_TOKEN')",
    "SELECT * FROM query('SELECT 1')",
  ];

  it.each(attacks)(
    'refuses %s in one sentence, changes nothing and keeps answering',
    async (attack) => {
      const dir = inject('dataDir');
      const before = await folderFingerprint(dir);
      const { status, body } = await run(attack.replaceAll('DIR', dir));
      expect(status).toBe(400);
      expect(Object.keys(body)).toEqual(['error']);
      expect(String(body.error)).toMatch(/not allowed here/);
      expect(String(body.error)).not.toContain(dir);
      expect(await folderFingerprint(dir)).toEqual(before);
      const next = await run('SELECT count(*)::INTEGER AS n FROM councils');
      expect(next.body.rows).toEqual([[9]]);
    },
  );

  it('names no server path in a plan, a value or an error', async () => {
    const dir = inject('dataDir');
    const plan = await run('EXPLAIN ANALYZE SELECT * FROM councils');
    expect(plan.status).toBe(200);
    expect(JSON.stringify(plan.body)).not.toContain(dir);
    const value = await run(`SELECT '${dir}/councils.parquet' AS path`);
    expect(value.body.rows).toEqual([['councils.parquet']]);
    const error = await run(`SELECT * FROM read_parquet('${dir}/councils.parquet')`);
    expect(error.status).toBe(400);
    expect(String(error.body.error)).not.toContain(dir);
  });

  it('cuts an answer of long strings at the byte cap and says why', async () => {
    const { status, body } = await run("SELECT repeat('x', 100000) AS s FROM range(10000)");
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.truncated_by).toBe('bytes');
    expect(body.max_bytes).toBe(5 * 2 ** 20);
    expect(Buffer.byteLength(JSON.stringify(body.rows))).toBeLessThanOrEqual(5 * 2 ** 20);
  });

  it('stops repeat() of a billion characters and answers the next query', async () => {
    const { status, body } = await run("SELECT length(repeat('x', 1000000000)) AS n");
    expect(status).toBe(400);
    expect(String(body.error)).toMatch(/^The query was stopped/);
    await vi.waitFor(async () => expect((await getSandbox()).workerPids().length).toBe(2), {
      timeout: 30_000,
    });
    expect((await run('SELECT 41 + 1 AS answer')).body.rows).toEqual([[42]]);
  });

  it('keeps the server process and its workers under 1.5 GiB during parallel big answers', async () => {
    const sandbox = await getSandbox();
    await vi.waitFor(() => expect(sandbox.workerPids().length).toBe(2), { timeout: 30_000 });
    let peak: number;
    const sampler = residentPeak(() => sandbox.workerPids());
    let statuses: number[];
    let outcomes: string[];
    try {
      const answers = await Promise.all(
        [
          "SELECT repeat('x', 100000) AS s FROM range(10000)",
          "SELECT repeat('x', 100000) AS s FROM range(10000)",
          "SELECT repeat('x', 100000) AS s FROM range(10000)",
          "SELECT length(repeat('x', 1000000000)) AS n",
        ].map((sql) => run(sql)),
      );
      statuses = answers.map((answer) => answer.status);
      outcomes = answers.map((answer) => String(answer.body.error ?? answer.body.truncated_by));
    } finally {
      peak = sampler.stop();
    }
    console.log(
      `POST /api/sql parallel attacks: ${outcomes.join(' | ')}; peak RSS of server and workers ${(peak / 2 ** 20).toFixed(0)} MiB`,
    );
    for (const status of statuses) expect([200, 400, 503]).toContain(status);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(1.5 * 2 ** 30);
  });

  it('answers 413 in one sentence to an endless chunked body without Content-Length', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    // Far more than the server ever reads: what is past the cap is dropped, then the stream is
    // cancelled (adapter-node's BODY_SIZE_LIMIT ends it earlier in the running server).
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 200 * 2 ** 20) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request('http://localhost/api/sql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await (sqlPost as Handler)(event(request));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: 'The request body is larger than 64 KB: send a shorter query.',
    });
    // Reading stopped long before the end of the body.
    expect(sent).toBeLessThan(100 * 2 ** 20);
  });

  it('answers 503 with Retry-After when every worker is taken and the queue is full', async () => {
    await closeSandbox();
    process.env.ANYAM_SQL_QUEUE = '1';
    try {
      const slow =
        'SELECT count(*) FROM range(100000000000) a, range(1000) b WHERE a.range * b.range = -1';
      await run('SELECT 1');
      await vi.waitFor(async () => expect((await getSandbox()).workerPids().length).toBe(2), {
        timeout: 30_000,
      });
      const taken = [run(slow), run(slow), run(slow)];
      // The two running and the one queued are in place before the next request arrives.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const busy = await run('SELECT 1');
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('5');
      expect(busy.body).toEqual({
        error: 'The console is busy with other queries: try again in 5 s.',
      });
      for (const answer of await Promise.all(taken)) expect([400, 503]).toContain(answer.status);
    } finally {
      delete process.env.ANYAM_SQL_QUEUE;
      await closeSandbox();
    }
  });
});

describe('who may use the console and the raw downloads', () => {
  const surfaces = {
    'POST /api/sql': (headers: Record<string, string>, from: From) =>
      post({ sql: 'SELECT 1 AS one' }, headers, from).then((answer) => answer.status),
    'GET /api/sql/schema': async (headers: Record<string, string>, from: From) =>
      (await schema(headers, from)).status,
    'GET /api/sql/examples': async (headers: Record<string, string>, from: From) =>
      (await examplesFrom(headers, from)).status,
    'GET /api/data/artisans.csv': async (headers: Record<string, string>, from: From) => {
      const response = await download('artisans.csv', headers, from);
      await response.body?.cancel();
      return response.status;
    },
  };
  const each = Object.entries(surfaces);

  it.each(each)(
    '%s answers loopback only when no token or accounts are configured',
    async (_, call) => {
      for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
        expect(await call({}, { address })).toBe(200);
      for (const address of ['10.0.0.2', '203.0.113.9', '::ffff:10.0.0.1', '2001:db8::1', ''])
        expect(await call({}, { address })).toBe(403);
      const unknown = () => {
        throw new Error('Could not determine clientAddress');
      };
      expect(await call({}, { address: unknown })).toBe(403);
    },
  );

  it.each(each)('%s needs the token from anywhere once ANYAM_SQL_TOKEN is set', async (_, call) => {
    process.env.ANYAM_SQL_TOKEN = 's3cret-token';
    expect(await call({}, { address: '127.0.0.1' })).toBe(401);
    expect(await call({ authorization: 'Bearer nope' }, { address: '203.0.113.9' })).toBe(401);
    expect(await call({ authorization: 'Bearer s3cret-token' }, { address: '203.0.113.9' })).toBe(
      200,
    );
  });

  it.each(each)('%s lets a signed-in analyst or admin in, and no other role', async (_, call) => {
    for (const role of ['analyst', 'admin'])
      expect(await call({}, { address: '203.0.113.9', locals: { user: { role } } })).toBe(200);
    // Once accounts exist, loopback alone is no longer enough.
    setAccountsCheck(() => true);
    try {
      expect(await call({}, { address: '127.0.0.1', locals: { user: null } })).toBe(401);
      // Signed in, but with another role: forbidden rather than unauthenticated.
      const steward = { address: '127.0.0.1', locals: { user: { role: 'steward' } } };
      expect(await call({}, steward)).toBe(403);
    } finally {
      setAccountsCheck(() => false);
    }
  });

  it('answers 429 with Retry-After after 10 wrong tokens a minute from one address', async () => {
    process.env.ANYAM_SQL_TOKEN = 's3cret-token';
    const from = { address: '198.51.100.7' };
    for (let i = 0; i < 10; i += 1)
      expect((await run('SELECT 1', { authorization: `Bearer guess-${i}` }, from)).status).toBe(
        401,
      );
    const limited = await run('SELECT 1', { authorization: 'Bearer s3cret-token' }, from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error).toMatch(
      /^Too many wrong tokens from this address: try again in \d+ s\.$/,
    );
    const other = await run(
      'SELECT 1 AS one',
      { authorization: 'Bearer s3cret-token' },
      {
        address: '198.51.100.8',
      },
    );
    expect(other.status).toBe(200);
  });
});
