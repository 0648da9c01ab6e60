import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSample } from '../testing/write-sample.js';
import { openSandbox, type Sandbox } from './sandbox.js';
import { SandboxError } from './sandbox-error.js';

let parent: string;
let sandbox: Sandbox;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'anyam-sandbox-'));
  await writeSample(join(parent, 'export'));
  // A file beside the dataset that the console must not read either.
  await writeFile(join(parent, 'secret.csv'), 'token\nhunter2\n');
  sandbox = await openSandbox(join(parent, 'export'), { timeoutMs: 1500, maxRows: 100 });
});

afterAll(async () => {
  await sandbox.close();
  await rm(parent, { recursive: true, force: true });
});

async function refusal(sql: string): Promise<SandboxError> {
  try {
    await sandbox.run(sql);
  } catch (error) {
    expect(error).toBeInstanceOf(SandboxError);
    return error as SandboxError;
  }
  throw new Error(`expected ${sql} to be refused`);
}

describe('openSandbox', () => {
  it('runs a SELECT over the dataset views', async () => {
    const result = await sandbox.run('SELECT council_id FROM councils ORDER BY council_id');
    expect(result.columns).toEqual(['council_id']);
    expect(result.rows.map((row) => row[0])).toEqual(['C36', 'C3601', 'C3603']);
    expect(result.truncated).toBe(false);
  });

  it('accepts WITH, DESCRIBE and EXPLAIN', async () => {
    expect((await sandbox.run('WITH c AS (SELECT 1 AS x) SELECT x FROM c')).rows).toEqual([[1]]);
    expect((await sandbox.run('DESCRIBE councils')).rows.length).toBe(3);
    expect((await sandbox.run('EXPLAIN SELECT * FROM councils')).rows.length).toBeGreaterThan(0);
  });

  it.each([
    ["COPY councils TO '/tmp/anyam-leak.csv'", /COPY is not allowed/],
    ["ATTACH '/tmp/other.duckdb' AS other", /ATTACH is not allowed/],
    ['INSTALL httpfs', /INSTALL is not allowed/],
    ['LOAD httpfs', /LOAD is not allowed/],
    ['SET enable_external_access = true', /SET is not allowed/],
    ['PRAGMA version', /PRAGMA is not allowed/],
    ['CREATE TABLE x AS SELECT 1', /CREATE is not allowed/],
    ['/* sneaky */ DROP VIEW councils', /DROP is not allowed/],
    ['SELECT 1; SELECT 2', /2 statements/],
    ['', /empty/],
  ])('refuses %s', async (sql, message) => {
    const error = await refusal(sql);
    expect(error.kind).toBe('refused');
    expect(error.code).toBe('ANYAM_SANDBOX');
    expect(error.message).toMatch(message);
  });

  it.each([
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_csv_auto('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/passwd')",
    "SELECT * FROM read_json('/etc/passwd')",
    "SELECT * FROM read_json_auto('/etc/passwd')",
    "SELECT * FROM read_ndjson('/etc/passwd')",
    "SELECT * FROM read_parquet('/etc/passwd')",
    "SELECT * FROM parquet_metadata('/etc/passwd')",
    "SELECT * FROM parquet_schema('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM sniff_csv('/etc/passwd')",
  ])('cannot read /etc/passwd: %s', async (sql) => {
    const error = await refusal(sql);
    expect(error.message).not.toMatch(/root:/);
    expect(error.message).toMatch(/Permission|disabled|not allowed/i);
  });

  it('does not scan a bare file path as a table', async () => {
    const error = await refusal("SELECT * FROM '/etc/passwd'");
    expect(error.message).not.toMatch(/root:/);
    expect(error.message).toMatch(/does not exist|Permission|not allowed/);
  });

  it('cannot read a file beside the dataset folder', async () => {
    const error = await refusal(`SELECT * FROM read_csv('${join(parent, 'secret.csv')}')`);
    expect(error.message).not.toContain('hunter2');
  });

  it('stops a query that would run for minutes, then answers the next one', async () => {
    const error = await refusal(
      'SELECT count(*) FROM range(100000000000) a, range(1000) b WHERE a.range * b.range = -1',
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/stopped after 1.5 s/);
    const next = await sandbox.run('SELECT count(*) AS n FROM councils');
    expect(next.rows).toEqual([[3]]);
  });

  it('cuts a result of millions of rows and says so', async () => {
    const result = await sandbox.run('SELECT range AS n FROM range(5000000)');
    expect(result.rows.length).toBe(100);
    expect(result.truncated).toBe(true);
    expect((await sandbox.run('SELECT 1 AS one')).truncated).toBe(false);
  });

  it("gives DuckDB's error for a broken query", async () => {
    const error = await refusal('SELECT no_such_column FROM councils');
    expect(error.kind).toBe('failed');
    expect(error.message).toMatch(/no_such_column/);
  });
});
