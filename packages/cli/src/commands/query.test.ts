import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { sqlAsPositional } from './query.js';
import { captureIo } from '../testing-io.js';

const queries = fileURLToPath(new URL('../../../../data/queries/', import.meta.url));
let root: string;
let data: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-query-'));
  data = join(root, 'export');
  const io = captureIo();
  const code = await main(
    ['generate', '--seed', '3', '--from-year', '2023', '--to-year', '2024', '--out', data],
    io,
  );
  expect(io.err()).toBe('');
  expect(code).toBe(0);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('anyam query', () => {
  it('prints an aligned table with numbers on the right and the row count', async () => {
    const io = captureIo();
    const sql =
      "SELECT code, name, (SELECT count(*) FROM enterprises e WHERE e.region_code = r.code OR e.region_code LIKE r.code || '.%') AS enterprises FROM regions r WHERE parent_code = '36' ORDER BY code LIMIT 3";
    expect(await main(['query', sql, '--data', data], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^code +name +enterprises$/);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
    expect(lines[2]).toMatch(/^36\.01 {2}Kabupaten Pandeglang +\d+$/);
    expect(lines.at(-1)).toBe('(3 rows)');
    const widths = lines.slice(0, 5).map((line) => line.length);
    expect(new Set(widths).size).toBe(1);
  });

  it('prints RFC 4180 CSV with lists ;-separated', async () => {
    const io = captureIo();
    const sql = "SELECT 'a, \"b\"' AS text, ['halal', 'sni'] AS list, NULL AS nothing, 3 AS n";
    expect(await main(['query', sql, '--data', data, '--format', 'csv'], io)).toBe(0);
    expect(io.out()).toBe('text,list,nothing,n\r\n"a, ""b""","halal;sni",,3\r\n');
  });

  it('prints JSON objects with counts as numbers', async () => {
    const io = captureIo();
    const sql =
      'SELECT year, count(*) AS participations FROM participations GROUP BY year ORDER BY year';
    expect(await main(['query', sql, '--data', data, '--format', 'json'], io)).toBe(0);
    const rows = JSON.parse(io.out()) as { year: number; participations: number }[];
    expect(rows.map((row) => row.year)).toEqual([2023, 2024]);
    expect(
      rows.every((row) => typeof row.participations === 'number' && row.participations > 0),
    ).toBe(true);
  });

  it('reads the dataset from $ANYAM_DATA when --data is not given', async () => {
    const io = captureIo({ env: { ANYAM_DATA: data } });
    expect(
      await main(['query', 'SELECT count(*)::INTEGER AS n FROM councils', '--format', 'csv'], io),
    ).toBe(0);
    expect(io.out()).toMatch(/^n\r\n[1-9]\d*\r\n$/);
  });

  it('turns a DuckDB error into one sentence on stderr and exit 1', async () => {
    const io = captureIo();
    expect(await main(['query', 'SELECT * FROM councilz', '--data', data], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(
      /^anyam query: The query failed: Catalog Error: Table with name councilz does not exist! Did you mean "councils"\?\n$/,
    );
  });

  it('says so in one sentence when there is no dataset', async () => {
    const io = captureIo();
    const missing = join(root, 'nothing-here');
    expect(await main(['query', 'SELECT 1', '--data', missing], io)).toBe(1);
    expect(io.err()).toBe(
      `anyam query: There is no dataset at ${missing}: the folder does not exist (run \`anyam generate\` or pass --data).\n`,
    );
  });

  it('asks for the SQL when it is missing, and for quotes when it is split', async () => {
    const none = captureIo();
    expect(await main(['query', '--data', data], none)).toBe(2);
    expect(none.err()).toBe(
      'anyam query: The SQL to run is missing; give it in quotes, e.g. anyam query "SELECT count(*) FROM councils".\n',
    );
    const split = captureIo();
    expect(await main(['query', 'SELECT', '1', '--data', data], split)).toBe(2);
    expect(split.err()).toContain('put the whole statement in quotes');
  });

  it('runs SQL that opens with a -- comment, which is not an option', async () => {
    const io = captureIo();
    expect(
      await main(
        [
          'query',
          '-- how many councils?\nSELECT count(*)::INTEGER AS n FROM councils',
          '--data',
          data,
          '--format',
          'csv',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out()).toMatch(/^n\r\n[1-9]\d*\r\n$/);
  });

  it('reads the SQL from --file, and refuses both a file and an argument', async () => {
    const io = captureIo({ cwd: queries });
    expect(
      await main(
        ['query', '--file', 'study-visit-hosts.sql', '--data', data, '--format', 'json'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out()).length).toBeGreaterThan(0);
    const both = captureIo();
    expect(await main(['query', 'SELECT 1', '--file', 'x.sql', '--data', data], both)).toBe(2);
    expect(both.err()).toBe(
      'anyam query: Give the SQL either as an argument or with --file, not both.\n',
    );
    const missing = captureIo({ cwd: root });
    expect(await main(['query', '--file', 'nope.sql', '--data', data], missing)).toBe(1);
    expect(missing.err()).toBe('anyam query: Cannot read the SQL file nope.sql.\n');
  });

  it('runs every example query of data/queries over a generated dataset and gets rows', async () => {
    const files = (await readdir(queries)).filter((file) => file.endsWith('.sql'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const io = captureIo();
      const sql = await readFile(join(queries, file), 'utf8');
      expect(
        await main(['query', sql, '--data', data, '--format', 'json'], io),
        `${file}: ${io.err()}`,
      ).toBe(0);
      expect(JSON.parse(io.out()).length, file).toBeGreaterThan(0);
    }
  });
});

describe('sqlAsPositional', () => {
  it('moves SQL that starts with - behind --, and leaves options alone', () => {
    expect(sqlAsPositional(['-- q\nSELECT 1', '--format', 'csv'])).toEqual([
      '--format',
      'csv',
      '--',
      '-- q\nSELECT 1',
    ]);
    expect(sqlAsPositional(['SELECT 1', '--format', 'csv'])).toEqual([
      'SELECT 1',
      '--format',
      'csv',
    ]);
    expect(sqlAsPositional(['--data', 'd', '--', '-x'])).toEqual(['--data', 'd', '--', '-x']);
  });
});
