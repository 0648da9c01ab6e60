import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { tempDir, withRow, writeFolder } from './fixture.test-support.js';
import { runImport } from './run-import.js';

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

/** Every text value of every Parquet file, read back by DuckDB (the files are compressed). */
async function parquetText(files: readonly string[]): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const texts: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.parquet'))) {
      const rows = (
        await connection.runAndReadAll('SELECT * FROM read_parquet($file)', { file })
      ).getRowObjectsJson();
      texts.push(JSON.stringify(rows));
    }
    return texts.join('\n');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

test('runImport writes no name, NIK or phone to the dataset, report.json or the terminal', async () => {
  const pii = {
    names: [
      'Siti Aminah',
      'Rina Wati',
      'Budi Santoso',
      'Dewi Lestari',
      'Ujang Sarip',
      'Euis Komariah',
      'Ayu Ratna',
    ],
    niks: [
      '3601010101800001',
      '3601010101850002',
      '3603010101750003',
      '36010101019000',
      '3601010101920005',
      '3601010101930006',
      '3601010101940008',
      '3601010101950009',
      '3601010101960010',
    ],
    phones: [
      '081234567801',
      '081234567802',
      '081234567803',
      '081234567804',
      '081234567805',
      '081234567806',
      '081234567808',
      '081234567809',
      '081234567810',
    ],
  };
  const dir = await tempDir();
  const artisans = [
    withRow(
      'artisans',
      'A4,E1,Dewi Lestari,36010101019000,081234567804,F,1990,2021-01-01',
    ).trimEnd(), // bad NIK
    'A5,E1,Ujang Sarip,3601010101920005,081234567805,X,1992,2021-01-01', // bad gender: rejected row with PII
    'A6,E2,Euis Komariah,3601010101930006,081234567806,P,1993,2021-01-01',
    'A7,E2,Siti Aminah,3601010101800001,081234567801,P,1980,2021-01-01', // same NIK as A1: merged
    'A8,E2,Ayu Ratna,3601010101940008,081234567808,F,3601010101940008,2021-01-01', // NIK pasted into birth_year
    'A9,E2,Ayu Ratna,3601010101950009,081234567809,F,081234567809,2021-01-01', // phone pasted into birth_year
    'A10,Ayu Ratna,E2,3601010101960010,081234567810,F,1996,2021-01-01', // name and enterprise swapped
  ].join('\n');
  const input = await writeFolder(join(dir, 'council'), {
    artisans: `${artisans}\n`,
    // A name typed where the artisan's id belongs.
    participations: withRow('participations', 'P2,Euis Komariah,2024-02-01,ya'),
  });
  const out = join(dir, 'dataset');
  const reportDir = join(dir, 'report');
  const result = await runImport({ inputs: [input], out, reportDir, lang: 'en' });
  expect(result.exitCode).toBe(1);
  expect(result.report?.tables.artisans).toEqual({ read: 10, imported: 4, merged: 1, rejected: 5 });
  expect(result.report?.problems.find((p) => p.file.endsWith('participations.csv'))).toMatchObject({
    line: 5,
    column: 'artisan_id',
    code: 'unknown_ref',
    value: null,
  });

  const written = [...(await filesUnder(out)), ...(await filesUnder(reportDir))];
  const checked = written.filter((file) => !file.endsWith('rejects.csv'));
  expect(checked.some((file) => file.endsWith('report.json'))).toBe(true);
  expect(checked.some((file) => file.endsWith('artisans.parquet'))).toBe(true);
  const haystacks = [
    ...(await Promise.all(checked.map((file) => readFile(file)))),
    Buffer.from(await parquetText(checked)),
    Buffer.from(result.lines.join('\n')),
  ];
  for (const value of [...pii.names, ...pii.niks, ...pii.phones]) {
    for (const haystack of haystacks)
      expect(haystack.includes(Buffer.from(value)), value).toBe(false);
  }
  // rejects.csv goes back to the council and does hold the rejected rows' PII: the search above
  // would have found it had it leaked elsewhere.
  const rejects = await readFile(join(reportDir, 'rejects.csv'));
  expect(rejects.includes(Buffer.from('Ujang Sarip'))).toBe(true);
  expect(rejects.includes(Buffer.from('36010101019000'))).toBe(true);
});
