import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { goodFiles, tempDir, withRow, writeFolder } from './fixture.test-support.js';
import { runImport } from './run-import.js';

const name = 'Kerajinan Tenun Bu Siti – Ñ é';
/** An enterprise with accents and an en dash, and one with a bad size class (to be rejected). */
const enterprises = withRow(
  'enterprises',
  `E3,36.01,${name},woven_textile,micro,F,2012,2021-05-01\nE4,36.01,Anyaman Ñ é – 2,plaited,besar,F,2012,2021-05-01`,
);

/** Windows-1252 bytes of `text` (what Excel saves as "CSV" on a Western Windows). */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '–': 0x96, '€': 0x80, '—': 0x97, '’': 0x92 };
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const byte = high[ch];
      if (byte === undefined) throw new Error(`${ch} is not in this test's Windows-1252 table`);
      return byte;
    }),
  );
}

const encodings: [string, (text: string) => Buffer][] = [
  ['utf-8', (text) => Buffer.from(text, 'utf8')],
  ['utf-8-bom', (text) => Buffer.from(`\uFEFF${text}`, 'utf8')],
  ['utf-16le', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le')],
  ['utf-16be', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
  ['windows-1252', windows1252],
];

test.each(encodings)(
  'runImport reads a %s file with the characters typed, says so in the report, and keeps them in rejects.csv',
  async (encoding, encode) => {
    const dir = await tempDir();
    const folder = await writeFolder(join(dir, 'pandeglang'), {
      enterprises: encode(enterprises),
    });
    const out = join(dir, 'dataset');
    const result = await runImport({
      inputs: [folder],
      out,
      reportDir: join(dir, 'report'),
      lang: 'en',
    });
    expect(result.report?.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [5, 'size_class', 'bad_enum'],
    ]);
    expect(result.report?.tables.enterprises).toEqual({
      read: 4,
      imported: 3,
      merged: 0,
      rejected: 1,
    });
    const file = result.report?.files.find((f) => f.table === 'enterprises');
    expect(file?.encoding).toBe(encoding);
    expect(result.report?.files.find((f) => f.table === 'councils')?.encoding).toBe('utf-8');
    const convention = {
      'utf-8': null,
      'utf-8-bom': 'byte_order_mark',
      'utf-16le': 'encoding_utf16le',
      'utf-16be': 'encoding_utf16be',
      'windows-1252': 'encoding_windows1252',
    }[encoding];
    if (convention) expect(result.report?.conventions[convention]).toBe(1);
    expect(Object.keys(result.report?.conventions ?? {})).toEqual(convention ? [convention] : []);

    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const names = (
      await connection.runAndReadAll(
        'SELECT name FROM read_parquet($path) WHERE enterprise_id = $id',
        { path: join(out, 'enterprises.parquet'), id: 'E3' },
      )
    ).getRowsJson();
    connection.closeSync();
    instance.closeSync();
    expect(names).toEqual([[name]]);

    const rejects = await readFile(join(dir, 'report', 'rejects.csv'), 'utf8');
    expect(rejects.startsWith('\uFEFF')).toBe(true);
    expect(rejects).toContain('E4,36.01,Anyaman Ñ é – 2,plaited,besar,F,2012,2021-05-01');
    expect(rejects).not.toContain('\uFFFD');
  },
);

test('runImport reads a UTF-16 file saved without a byte-order mark', async () => {
  const dir = await tempDir();
  const folder = await writeFolder(join(dir, 'pandeglang'), {
    councils: Buffer.from(goodFiles.councils, 'utf16le'),
    programs: Buffer.from(goodFiles.programs, 'utf16le').swap16(),
  });
  const result = await runImport({ inputs: [folder], reportDir: join(dir, 'report'), lang: 'en' });
  expect(result.exitCode).toBe(0);
  const encodingOf = (table: string) =>
    result.report?.files.find((f) => f.table === table)?.encoding;
  expect([encodingOf('councils'), encodingOf('programs')]).toEqual(['utf-16le', 'utf-16be']);
});

test('runImport refuses a file with a line over 1 MiB, naming the file and line, and writes nothing', async () => {
  const dir = await tempDir();
  const folder = await writeFolder(join(dir, 'pandeglang'), {
    outcomes: withRow('outcomes', `E2,2023,${'9'.repeat(1 << 20)},8,1500\nE2,2022,1,1,1`),
  });
  const out = join(dir, 'dataset');
  const result = await runImport({
    inputs: [folder],
    out,
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.exitCode).toBe(2);
  expect(result.lines).toEqual([
    `${join(folder, 'outcomes.csv')} line 5 is longer than 1 MiB (1,048,576 bytes), so nothing was imported: a row of a council's table is never that long, so this is not the file meant or it is not saved as CSV with line breaks.`,
  ]);
  expect(existsSync(out)).toBe(false);
  expect(existsSync(join(dir, 'report'))).toBe(false);
});

test('runImport refuses a quote left open for more than 1 MiB, naming the line it opens on', async () => {
  const dir = await tempDir();
  const rows = Array.from({ length: 100_000 }, (_, i) => `E1,${1900 + (i % 200)},1,1,1`).join('\n');
  const folder = await writeFolder(join(dir, 'pandeglang'), {
    outcomes: withRow('outcomes', `E2,"2023,1,1,1\n${rows}`),
  });
  const result = await runImport({ inputs: [folder], reportDir: join(dir, 'report'), lang: 'en' });
  expect(result.exitCode).toBe(2);
  expect(result.lines).toEqual([
    `${join(folder, 'outcomes.csv')} line 5 opens a quote that is still open 1 MiB (1,048,576 bytes) later, so nothing was imported: close the quote (a quote inside a quoted cell is written twice, "").`,
  ]);
});

test('runImport reads a UTF-8 file with one bad byte as UTF-8: that row is rejected, the others keep their characters', async () => {
  const dir = await tempDir();
  const bytes = Buffer.concat([
    Buffer.from(withRow('enterprises', `E3,36.01,${name},woven_textile,micro,F,2012,2021-05-01`)),
    Buffer.from('E4,36.01,Anyaman '),
    Buffer.from([0xe9]),
    Buffer.from(',plaited,micro,F,2012,2021-05-01\n'),
  ]);
  const folder = await writeFolder(join(dir, 'pandeglang'), { enterprises: bytes });
  const out = join(dir, 'dataset');
  const result = await runImport({
    inputs: [folder],
    out,
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.report?.files.find((f) => f.table === 'enterprises')?.encoding).toBe('utf-8');
  expect(result.report?.problems.map((p) => [p.line, p.code])).toEqual([[5, 'unreadable']]);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const names = (
    await connection.runAndReadAll(
      'SELECT name FROM read_parquet($path) WHERE enterprise_id = $id',
      {
        path: join(out, 'enterprises.parquet'),
        id: 'E3',
      },
    )
  ).getRowsJson();
  connection.closeSync();
  instance.closeSync();
  expect(names).toEqual([[name]]);
});
