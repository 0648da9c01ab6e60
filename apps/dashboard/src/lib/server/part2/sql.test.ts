import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST as sqlPost } from '../../../routes/api/sql/+server.js';
import { GET as schemaGet } from '../../../routes/api/sql/schema/+server.js';
import { GET as examplesGet } from '../../../routes/api/sql/examples/+server.js';
import { closeDataset } from '../dataset.js';
import { closeSandbox, getSandbox, sandboxVersion } from './sql-sandbox.js';
import { exampleQuestion, queriesDir } from './sql.js';

type Handler = (event: never) => Response | Promise<Response>;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const request = new Request('http://localhost/api/sql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: text,
  });
  const response = await (sqlPost as Handler)({
    request,
    url: new URL(request.url),
    params: {},
  } as never);
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const run = (sql: string, headers: Record<string, string> = {}) => post({ sql }, headers);

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
  // A short limit keeps the "stopped" test quick; the row cap stays the default 10,000.
  process.env.ANYAM_SQL_TIMEOUT_MS = '1500';
  delete process.env.ANYAM_SQL_TOKEN;
});
afterEach(() => {
  delete process.env.ANYAM_SQL_TOKEN;
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
    const schema = await (schemaGet as Handler)({
      request: new Request('http://localhost/api/sql/schema'),
    } as never);
    expect(schema.status).toBe(401);
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
    const response = await (schemaGet as Handler)({
      request: new Request('http://localhost/api/sql/schema'),
    } as never);
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
    const response = await (examplesGet as Handler)({} as never);
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
