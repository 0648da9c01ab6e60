import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as catalogGet } from '../../../routes/api/data/+server.js';
import { GET as fileGet } from '../../../routes/api/data/[file]/+server.js';
import { closeDataset } from '../dataset.js';
import { clearDownloads, parseDownloadName } from './data-files.js';
import { makeAttackDataset } from '../../../../tests/attack-dataset.js';

type Handler = (event: never) => Response | Promise<Response>;

// Raw downloads answer analysts only; with no token or accounts configured, that is loopback.
const download = (file: string) =>
  (fileGet as Handler)({ params: { file }, getClientAddress: () => '127.0.0.1' } as never);

let scratch: string;
beforeAll(async () => {
  process.env.ANYAM_DATA = inject('dataDir');
  scratch = await mkdtemp(join(tmpdir(), 'anyam-data-test-'));
});
afterAll(async () => {
  await clearDownloads();
  await closeDataset();
  await rm(scratch, { recursive: true, force: true });
});

/** Reads a downloaded file back with a DuckDB of its own: what an analyst would do with it. */
async function readBack(bytes: ArrayBuffer, name: string, sql: (path: string) => string) {
  const path = join(scratch, name);
  await writeFile(path, Buffer.from(bytes));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql(path))).getRowObjectsJson();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('GET /api/data', () => {
  it('describes the manifest and every table with its columns, meanings and row counts', async () => {
    const response = await (catalogGet as Handler)({} as never);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      dataset: { created_by: { command: string } };
      tables: {
        name: string;
        rows: number;
        partitioned: boolean;
        columns: { name: string; note: { id: string; en: string } | null }[];
      }[];
    };
    expect(body.dataset.created_by.command).toBe('generate');
    expect(body.tables).toHaveLength(14);
    const participations = body.tables.find((table) => table.name === 'participations')!;
    expect(participations.partitioned).toBe(true);
    expect(participations.rows).toBeGreaterThan(1000);
    for (const table of body.tables) {
      for (const column of table.columns)
        expect(column.note, `${table.name}.${column.name}`).not.toBeNull();
    }
    const artisans = body.tables.find((table) => table.name === 'artisans')!;
    expect(artisans.columns.map((column) => column.name)).not.toContain('nik');
  });
});

describe('GET /api/data/TABLE.parquet|csv', () => {
  it('streams a single-file table as Parquet with all its rows', async () => {
    const response = await download('councils.parquet');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="anyam-councils.parquet"',
    );
    const rows = await readBack(
      await response.arrayBuffer(),
      'c.parquet',
      (path) => `SELECT count(*)::INTEGER AS n FROM read_parquet('${path}')`,
    );
    expect(rows).toEqual([{ n: 9 }]);
  });

  it('builds one Parquet file of a partitioned table, every year in it', async () => {
    const response = await download('participations.parquet');
    expect(response.status).toBe(200);
    const rows = await readBack(
      await response.arrayBuffer(),
      'p.parquet',
      (path) =>
        `SELECT count(*)::INTEGER AS n, count(DISTINCT year)::INTEGER AS years FROM read_parquet('${path}')`,
    );
    const manifest = JSON.parse(
      await readFile(join(inject('dataDir'), 'manifest.json'), 'utf8'),
    ) as { tables: { participations: { rows: number } } };
    expect(rows[0]!.n).toBe(manifest.tables.participations.rows);
    expect(rows[0]!.years as number).toBeGreaterThan(1);
  });

  it('writes CSV with a header and lists separated by ";" as in the import format', async () => {
    const response = await download('study_visits.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await response.text();
    const [header, first] = text.split('\n');
    expect(header).toBe(
      'visit_id,visiting_council_id,host_council_id,visit_date,delegation_size,practice_ids',
    );
    expect(first).not.toMatch(/\[/);
  });

  it.each([
    ['an unknown table', 'passwords.csv', 404, /^There is no table "passwords"/],
    ['path traversal', '../../../etc/passwd.csv', 404, /^There is no table/],
    ['an encoded traversal', '..%2F..%2Fetc%2Fpasswd.parquet', 404, /^There is no table/],
    ['the manifest', 'manifest.json', 400, /is not a table download/],
    ['another format', 'councils.xlsx', 400, /ask for TABLE\.parquet or TABLE\.csv/],
  ])('refuses %s with one sentence', async (_case, file, status, message) => {
    const response = await download(file);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(message);
  });

  it('parses only allowlisted table names', () => {
    expect(parseDownloadName('regions.csv')).toEqual({ table: 'regions', format: 'csv' });
    expect(() => parseDownloadName('councils.parquet.csv')).toThrow(/no table "councils\.parquet"/);
  });
});

describe('GET /api/data/TABLE.csv with formula-like names', () => {
  let attackDir: string;
  beforeAll(async () => {
    attackDir = await makeAttackDataset(inject('dataDir'), join(scratch, 'attack'));
    process.env.ANYAM_DATA = attackDir;
  });
  afterAll(async () => {
    process.env.ANYAM_DATA = inject('dataDir');
    await clearDownloads();
    await closeDataset();
  });

  it('writes text a spreadsheet would run as a formula as text, numbers as they are', async () => {
    const councils = await (await download('councils.csv')).text();
    expect(councils).toContain(`,"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(councils).not.toMatch(/(^|,)"?=/m);
    const enterprises = await (await download('enterprises.csv')).text();
    expect(enterprises).toContain(`,'@SUM(1+1)*cmd|' /C calc'!A0,`);
    // founded_year stays a number: the quote is for text only.
    const [header, ...rows] = enterprises.trimEnd().split('\n');
    const year = header!.split(',').indexOf('founded_year');
    expect(rows.slice(1, 20).every((row) => /^\d{4}$/.test(row.split(',')[year]!))).toBe(true);
  });
});
