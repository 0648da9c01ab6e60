import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { folderFingerprint } from '../testing/folder-fingerprint.js';
import { residentPeak } from '../testing/resident-peak.js';
import { writeSample } from '../testing/write-sample.js';
import { openSandbox, type Sandbox } from './sandbox.js';
import { SandboxError } from './sandbox-error.js';
import { residentBytes } from './worker-pool.js';

let parent: string;
let dir: string;
let sandbox: Sandbox;
let before: Record<string, string>;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'anyam-attacks-'));
  dir = join(parent, 'export');
  await writeSample(dir);
  await writeFile(join(parent, 'secret.csv'), 'token\nhunter2\n');
  before = await folderFingerprint(dir);
  sandbox = await openSandbox(dir, { timeoutMs: 3000, maxRows: 1000 });
});

afterAll(async () => {
  await sandbox.close();
  await rm(parent, { recursive: true, force: true });
});

async function refusal(sql: string, on: Sandbox = sandbox): Promise<SandboxError> {
  try {
    await on.run(sql);
  } catch (error) {
    expect(error).toBeInstanceOf(SandboxError);
    return error as SandboxError;
  }
  throw new Error(`expected ${sql} to be refused`);
}

/** Nothing the sandbox said names the dataset's folder, its parent or a worker's folder. */
function expectNoServerPath(text: string): void {
  expect(text).not.toContain(dir);
  expect(text).not.toContain(parent);
  expect(text).not.toMatch(/anyam-sandbox-[A-Za-z0-9]{6}/);
}

// DIR stands for the dataset folder, known only once beforeAll has written it.
const writes = [
  `EXPLAIN ANALYZE COPY councils TO 'DIR/councils.parquet'`,
  `EXPLAIN ANALYZE COPY (SELECT 'x' AS council_id) TO 'DIR/councils.parquet' (FORMAT parquet)`,
  `explain /* x */ analyse copy councils to 'DIR/councils.parquet'`,
  'EXPLAIN ANALYZE CREATE OR REPLACE VIEW councils AS SELECT 1 AS council_id',
  'EXPLAIN ANALYZE CREATE TABLE stolen AS SELECT * FROM artisans',
  'EXPLAIN ANALYZE CREATE MACRO twice(x) AS x * 2',
  'EXPLAIN CREATE TEMP VIEW councils AS SELECT 1 AS council_id',
  'EXPLAIN ANALYZE INSERT INTO councils VALUES (1, 2, 3)',
  `/* /* */ SELECT 1 */ COPY councils TO 'DIR/councils.parquet'`,
  `/* /* */ SELECT */ EXPLAIN ANALYZE COPY councils TO 'DIR/councils.parquet'`,
  `EXPLAIN ANALYZE /* /* */ SELECT */ COPY councils TO 'DIR/councils.parquet'`,
  '/* /* */ SELECT */ CREATE TEMP VIEW councils AS SELECT 1 AS council_id',
  `SELECT * FROM query('COPY councils TO ''DIR/councils.parquet''')`,
  `SELECT * FROM query_table('councils')`,
  `EXPLAIN ANALYZE SELECT 1; COPY councils TO 'DIR/councils.parquet'`,
  `SELECT 1; COPY councils TO 'DIR/councils.parquet'`,
  'EXPLAIN (FORMAT json) SELECT 1',
  `EXPLAIN ANALYZE EXPLAIN ANALYZE COPY councils TO 'DIR/councils.parquet'`,
  'PIVOT councils ON name USING count(*)',
];

const leaks = [
  "SELECT current_setting('allowed_directories')",
  "SELECT CURRENT_SETTING('temp_directory')",
  'SELECT "Current_Setting"(\'threads\')',
  "SELECT main.current_setting('threads')",
  'SELECT * FROM duckdb_settings()',
  'SELECT * FROM duckdb_views()',
  'SELECT sql FROM duckdb_views',
  'SELECT * FROM duckdb_databases()',
  'SELECT * FROM duckdb_extensions()',
  'SELECT * FROM duckdb_secrets()',
  "SELECT getenv('HOME')",
  'SELECT view_definition FROM information_schema.views',
  'SELECT * FROM pg_catalog.pg_settings',
  'SELECT * FROM system.main.duckdb_settings()',
  "SELECT json_serialize_plan('SELECT * FROM councils')",
  "SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))",
  'SELECT * FROM pragma_database_list()',
  "SELECT * FROM glob('*')",
  'SELECT current_database()',
];

describe('openSandbox under attack', () => {
  it.each(writes)('cannot write: %s', async (attack) => {
    const error = await refusal(attack.replaceAll('DIR', dir));
    expect(['refused', 'failed']).toContain(error.kind);
    expectNoServerPath(error.message);
    expect(await folderFingerprint(dir)).toEqual(before);
    const next = await sandbox.run('SELECT council_id FROM councils ORDER BY council_id');
    expect(next.rows.map((row) => row[0])).toEqual(['C36', 'C3601', 'C3603']);
  });

  it.each(leaks)('cannot read settings, environment or catalog: %s', async (sql) => {
    const error = await refusal(sql);
    expect(error.kind).toBe('refused');
    expect(error.message).toMatch(/is not allowed here/);
    expectNoServerPath(error.message);
  });

  it('refuses a catalog function in one sentence that names it', async () => {
    const error = await refusal("SELECT current_setting('allowed_directories')");
    expect(error.message).toBe(
      "The function current_setting() is not allowed here: the console reads the dataset's tables only (no settings, files or catalog functions).",
    );
  });

  it('still runs EXPLAIN ANALYZE, DESCRIBE, SUMMARIZE and SHOW of a read', async () => {
    const analyzed = await sandbox.run('EXPLAIN ANALYZE SELECT count(*) FROM councils');
    expect(analyzed.rows.length).toBeGreaterThan(0);
    expect((await sandbox.run('SUMMARIZE councils')).rows.length).toBe(3);
    expect((await sandbox.run('SHOW TABLES')).rows.length).toBeGreaterThan(5);
    expect((await sandbox.run('FROM councils SELECT count(*) AS n')).rows).toEqual([[3]]);
  });

  it('names no server path in answers, plans or errors', async () => {
    const answers = await Promise.all(
      [
        'EXPLAIN ANALYZE SELECT * FROM councils',
        'EXPLAIN SELECT * FROM participations WHERE year = 2020',
        `SELECT '${dir}/councils.parquet' AS path, ['${dir}'] AS paths, {'p': '${dir}/x'} AS nested`,
        'SELECT column_name, data_type FROM information_schema.columns',
      ].map((sql) => sandbox.run(sql)),
    );
    for (const answer of answers) expectNoServerPath(JSON.stringify(answer));
    expect(answers[2]!.rows[0]![0]).toBe('councils.parquet');
    for (const sql of [
      `SELECT * FROM read_parquet('${dir}/councils.parquet')`,
      `SELECT * FROM '${dir}/councils.parquet'`,
      `SELECT * FROM read_csv('${join(parent, 'secret.csv')}')`,
      'SELECT * FROM councilz',
      'SELECT no_such_column FROM councils',
    ]) {
      const error = await refusal(sql);
      expectNoServerPath(error.message);
      expect(error.message).not.toContain('hunter2');
    }
  });

  it('cuts an answer of large strings by bytes and says so', async () => {
    const result = await sandbox.run("SELECT repeat('x', 100000) AS s FROM range(10000)");
    console.log(
      `10,000 rows of 100 KB: ${result.rows.length} rows returned, cut by ${result.truncatedBy}`,
    );
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe('bytes');
    expect(Buffer.byteLength(JSON.stringify(result.rows))).toBeLessThanOrEqual(5 * 2 ** 20);
    expect(result.rows.length).toBeGreaterThan(10);
    const rows = await sandbox.run('SELECT range FROM range(5000)');
    expect(rows.truncatedBy).toBe('rows');
  });

  it('answers the same big query again and again: a worker left large is replaced', async () => {
    for (let i = 0; i < 3; i += 1) {
      await vi.waitFor(() => expect(sandbox.workerPids().length).toBe(2), { timeout: 30_000 });
      const result = await sandbox.run("SELECT repeat('x', 100000) AS s FROM range(10000)");
      expect(result.truncatedBy).toBe('bytes');
    }
    for (const pid of sandbox.workerPids()) expect(residentBytes(pid)).toBeLessThan(256 * 2 ** 20);
  });
});

describe('openSandbox under load', () => {
  it('stops one long function (repeat) past its memory or time and answers the next query', async () => {
    const error = await refusal("SELECT length(repeat('x', 1000000000)) AS n");
    expect(['memory', 'timeout']).toContain(error.kind);
    expect(error.message).toMatch(/^The query was stopped/);
    expect((await sandbox.run('SELECT 41 + 1 AS answer')).rows).toEqual([[42]]);
    expect(await folderFingerprint(dir)).toEqual(before);
  });

  it('keeps the server and its workers under 1.5 GiB during parallel attacks', async () => {
    // The worker the previous test killed is replaced first, so that both take an attack.
    await vi.waitFor(() => expect(sandbox.workerPids().length).toBe(2), { timeout: 30_000 });
    let peak: number;
    const sampler = residentPeak(() => sandbox.workerPids());
    try {
      const attacks = [
        "SELECT length(repeat('x', 1000000000)) AS n",
        "SELECT repeat('x', 100000) AS s FROM range(10000)",
        "SELECT repeat('x', 100000) AS s FROM range(10000)",
        "SELECT repeat('x', 100000) AS s FROM range(10000)",
        "SELECT length(repeat('x', 1000000000)) AS n",
        "SELECT string_agg(repeat('y', 1000), ',') FROM range(1000000)",
      ];
      const outcomes = await Promise.allSettled(attacks.map((sql) => sandbox.run(sql)));
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(SandboxError);
      }
      const kinds = outcomes.map((outcome) =>
        outcome.status === 'rejected'
          ? (outcome.reason as SandboxError).kind
          : `${outcome.value.rows.length} rows`,
      );
      console.log(`parallel attacks: ${kinds.join(', ')}`);
      // Both workers were pushed to their limit: these are not all refused as busy.
      expect(
        kinds.filter((kind) => kind === 'memory' || kind === 'timeout').length,
      ).toBeGreaterThan(0);
    } finally {
      peak = sampler.stop();
    }
    console.log(
      `peak RSS of the test process and sandbox workers: ${(peak / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(1.5 * 2 ** 30);
    expect((await sandbox.run('SELECT count(*) AS n FROM councils')).rows).toEqual([[3]]);
  });
});

describe('openSandbox queue', () => {
  let small: Sandbox;
  beforeAll(async () => {
    small = await openSandbox(dir, {
      timeoutMs: 1500,
      poolSize: 2,
      maxQueued: 1,
      queueWaitMs: 500,
    });
  });
  afterAll(() => small.close());

  const slow =
    'SELECT count(*) FROM range(100000000000) a, range(1000) b WHERE a.range * b.range = -1';

  it('answers SELECT 1 on a free worker while another query runs', async () => {
    const order: string[] = [];
    const long = small.run(slow).catch(() => order.push('slow'));
    const quick = small.run('SELECT 1 AS one').then((result) => {
      order.push('quick');
      return result;
    });
    expect((await quick).rows).toEqual([[1]]);
    await long;
    expect(order).toEqual(['quick', 'slow']);
  });

  it('refuses as busy when every worker is taken and the queue is full', async () => {
    // The worker killed by the previous test's timeout is being replaced.
    await vi.waitFor(() => expect(small.workerPids().length).toBe(2), { timeout: 30_000 });
    const running = [small.run(slow), small.run(slow)].map((query) =>
      query.catch((error) => error),
    );
    const queued = small.run('SELECT 1').catch((error: unknown) => error);
    const refused = await refusal('SELECT 2', small);
    expect(refused.kind).toBe('busy');
    expect(refused.message).toMatch(/^The console is busy/);
    const waited = (await queued) as SandboxError;
    expect(waited.kind).toBe('busy');
    for (const error of await Promise.all(running))
      expect((error as SandboxError).kind).toBe('timeout');
    await vi.waitFor(() => expect(small.workerPids().length).toBe(2), { timeout: 30_000 });
    expect((await small.run('SELECT 3 AS n')).rows).toEqual([[3]]);
  });
});
