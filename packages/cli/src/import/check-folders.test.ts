import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe as group, expect, test } from 'vitest';
import type { TableName } from '@anyam/core';
import { goodFiles, tempDir, withRow, writeFolder } from './fixture.test-support.js';
import { runImport } from './run-import.js';

/** Validates one folder (the good files with `overrides`) and returns what the report says. */
async function validate(overrides: Partial<Record<TableName, string>>, omit: TableName[] = []) {
  const dir = await tempDir();
  const input = await writeFolder(join(dir, 'council'), overrides, omit);
  const reportDir = join(dir, 'report');
  const result = await runImport({ inputs: [input], reportDir, lang: 'en' });
  return { ...result, dir, reportDir, problems: result.report?.problems ?? [] };
}

/** The one problem the report gives for `table`, in short form. */
function only(
  problems: readonly {
    file: string;
    line: number;
    column: string | null;
    code: string;
    value: string | null;
  }[],
) {
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  return {
    file: problem?.file.split('/').pop(),
    line: problem?.line,
    column: problem?.column,
    code: problem?.code,
    value: problem?.value,
  };
}

group('checkFolders: every kind of bad input names its file, line, column and reason', () => {
  test('a good folder imports every row', async () => {
    const { exitCode, report } = await validate({});
    expect(exitCode).toBe(0);
    expect(report?.totals.rejected).toBe(0);
    expect(report?.totals.imported).toBe(report?.totals.read);
  });

  test('a missing file refuses the whole import and writes nothing', async () => {
    const dir = await tempDir();
    const input = await writeFolder(join(dir, 'council'), {}, ['outcomes']);
    const out = join(dir, 'dataset');
    const reportDir = join(dir, 'report');
    const result = await runImport({ inputs: [input], out, reportDir, lang: 'en' });
    expect(result.exitCode).toBe(2);
    expect(result.lines[0]).toMatch(/missing outcomes\.csv/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(reportDir)).toBe(false);
  });

  test('a missing column refuses the whole import and writes nothing', async () => {
    const dir = await tempDir();
    const noCompleted = goodFiles.participations
      .replace(',completed', '')
      .replace(/,(true|false)$/gm, '');
    const input = await writeFolder(join(dir, 'council'), { participations: noCompleted });
    const out = join(dir, 'dataset');
    const reportDir = join(dir, 'report');
    const result = await runImport({ inputs: [input], out, reportDir, lang: 'en' });
    expect(result.exitCode).toBe(2);
    expect(result.lines[0]).toMatch(/participations\.csv has no column completed \(line 1\)/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(reportDir)).toBe(false);
  });

  test('an unknown enumeration value', async () => {
    const { problems, exitCode } = await validate({
      enterprises: withRow('enterprises', 'E3,36.01,Sutra Jaya,sutra,micro,F,2010,2020-01-15'),
    });
    expect(exitCode).toBe(1);
    expect(only(problems)).toEqual({
      file: 'enterprises.csv',
      line: 4,
      column: 'craft_category',
      code: 'bad_enum',
      value: 'sutra',
    });
  });

  test('an unknown enumeration value inside a list', async () => {
    const { problems } = await validate({
      products: withRow(
        'products',
        'PR3,E1,Selendang,woven_textile,100000,0.5,halal,local;pasar malam',
      ),
    });
    expect(only(problems)).toEqual({
      file: 'products.csv',
      line: 4,
      column: 'channels',
      code: 'bad_enum',
      value: 'pasar malam',
    });
  });

  test('a malformed date', async () => {
    const { problems } = await validate({
      participations: withRow('participations', 'P2,A1,31/02/2024,true'),
    });
    expect(only(problems)).toEqual({
      file: 'participations.csv',
      line: 5,
      column: 'enrolled_on',
      code: 'bad_date',
      value: '31/02/2024',
    });
  });

  test('a malformed number', async () => {
    const { problems } = await validate({
      programs: withRow(
        'programs',
        'P3,DK-36,Pameran,exhibition,,2024-01-01,2024-01-02,36,10,lima juta',
      ),
    });
    expect(only(problems)).toEqual({
      file: 'programs.csv',
      line: 4,
      column: 'budget_idr',
      code: 'bad_number',
      value: 'lima juta',
    });
  });

  test('a date outside 1900–2100', async () => {
    const { problems } = await validate({
      participations: withRow('participations', 'P2,A1,2124-01-10,true'),
    });
    expect(only(problems)).toEqual({
      file: 'participations.csv',
      line: 5,
      column: 'enrolled_on',
      code: 'date_range',
      value: '2124-01-10',
    });
  });

  test('a year outside 1900–2100', async () => {
    const { problems } = await validate({ outcomes: withRow('outcomes', 'E2,1850,100,1,1') });
    expect(only(problems)).toEqual({
      file: 'outcomes.csv',
      line: 5,
      column: 'year',
      code: 'year_range',
      value: '1850',
    });
  });

  test('a score outside 1–5', async () => {
    const { problems } = await validate({
      assessments: withRow('assessments', 'PR1,2024-05-01,DK-36,4,5,4,0,4'),
    });
    expect(only(problems)).toEqual({
      file: 'assessments.csv',
      line: 4,
      column: 'packaging',
      code: 'score_range',
      value: '0',
    });
  });

  test('a share outside 0–1', async () => {
    const { problems } = await validate({
      products: withRow('products', 'PR3,E1,Selendang,woven_textile,100000,1.5,,local'),
    });
    expect(only(problems)).toEqual({
      file: 'products.csv',
      line: 4,
      column: 'local_material_share',
      code: 'share_range',
      value: '1.5',
    });
  });

  test('a negative amount', async () => {
    const { problems } = await validate({
      exhibitors: goodFiles.exhibitors.replace('X1,E2,8000000', 'X1,E2,-8000000'),
    });
    expect(only(problems)).toEqual({
      file: 'exhibitors.csv',
      line: 3,
      column: 'sales_idr',
      code: 'negative',
      value: '-8000000',
    });
  });

  test('a reference to an id that does not exist', async () => {
    const { problems } = await validate({
      participations: withRow('participations', 'P2,A99,2024-02-01,true'),
    });
    expect(only(problems)).toEqual({
      file: 'participations.csv',
      line: 5,
      column: 'artisan_id',
      code: 'unknown_ref',
      value: 'A99',
    });
  });

  test('a reference to a rejected row is rejected in cascade', async () => {
    // E3's founding year is bad, so its artisan A4 goes, and with it A4's participation.
    const { problems, report } = await validate({
      enterprises: withRow(
        'enterprises',
        'E3,36.01,Anyaman Pandan,anyaman,micro,F,dua ribu,2020-01-15',
      ),
      artisans: withRow(
        'artisans',
        'A4,E3,Dewi Lestari,3601010101900004,081234567804,P,1990,2021-01-01',
      ),
      participations: withRow('participations', 'P1,A4,2024-01-10,ya'),
    });
    expect(problems.map((p) => [p.file.split('/').pop(), p.line, p.column, p.code])).toEqual([
      ['enterprises.csv', 4, 'founded_year', 'bad_number'],
      ['artisans.csv', 5, 'enterprise_id', 'rejected_ref'],
      ['participations.csv', 5, 'artisan_id', 'rejected_ref'],
    ]);
    expect(report?.tables.participations).toEqual({ read: 4, imported: 3, merged: 0, rejected: 1 });
  });

  test('a duplicate key keeps the first row and rejects the later one', async () => {
    const { problems, report } = await validate({
      councils: withRow('councils', 'DK-3601,36.01,Dekranasda Pandeglang (lama)'),
    });
    const problem = only(problems);
    expect(problem).toMatchObject({
      file: 'councils.csv',
      line: 5,
      column: 'council_id',
      code: 'duplicate_key',
      value: 'DK-3601',
    });
    expect(problems[0]?.reason).toMatch(/councils\.csv line 3/);
    expect(report?.tables.councils).toEqual({ read: 4, imported: 3, merged: 0, rejected: 1 });
  });

  test('end_date before start_date', async () => {
    const { problems } = await validate({
      exhibitions: withRow(
        'exhibitions',
        'X2,Gelar Golok,2024-10-05,2024-10-01,36.04,local,DK-3603',
      ),
    });
    expect(only(problems)).toEqual({
      file: 'exhibitions.csv',
      line: 3,
      column: 'end_date',
      code: 'end_before_start',
      value: '2024-10-01',
    });
  });

  test('a NIK that is not 16 digits is reported without its value', async () => {
    const { problems, lines } = await validate({
      artisans: withRow(
        'artisans',
        'A4,E1,Dewi Lestari,36010101019000,081234567804,F,1990,2021-01-01',
      ),
    });
    expect(only(problems)).toEqual({
      file: 'artisans.csv',
      line: 5,
      column: 'nik',
      code: 'bad_nik',
      value: null,
    });
    expect(lines.join('\n')).toContain(
      'artisans.csv line 5, column nik: the value is not a NIK of 16 digits.',
    );
    expect(lines.join('\n')).not.toContain('36010101019000');
  });

  test('a region code that is not in the reference', async () => {
    const { problems } = await validate({
      councils: withRow('councils', 'DK-3699,36.99,Dekranasda Entah'),
    });
    expect(only(problems)).toEqual({
      file: 'councils.csv',
      line: 5,
      column: 'region_code',
      code: 'bad_region',
      value: '36.99',
    });
  });

  test('an empty required value', async () => {
    const { problems } = await validate({ practices: withRow('practices', 'PB3,,design,DK-36') });
    expect(only(problems)).toEqual({
      file: 'practices.csv',
      line: 4,
      column: 'name',
      code: 'required',
      value: null,
    });
  });

  test('an unquoted list in a semicolon file has too many fields', async () => {
    const semicolon = `visit_id;visiting_council_id;host_council_id;visit_date;delegation_size;practice_ids
V1;DK-3601;DK-3603;2024-05-10;8;PB2
V2;DK-3603;DK-3601;2024-06-11;5;PB1;PB2
V3;DK-3603;DK-3601;2024-06-12;5;"PB1;PB2"
`;
    const { problems, report } = await validate({ study_visits: semicolon });
    expect(only(problems)).toEqual({
      file: 'study_visits.csv',
      line: 3,
      column: null,
      code: 'field_count',
      value: null,
    });
    expect(problems[0]?.reason).toMatch(/has 7 fields where the header has 6/);
    expect(report?.tables.study_visits).toEqual({ read: 3, imported: 2, merged: 0, rejected: 1 });
  });

  test('a file that is not UTF-8 is read as Windows-1252: a bad row in it shows what was typed', async () => {
    // A Latin-1 é (0xE9) where UTF-8 is expected, as an older Excel may save it.
    const dir = await tempDir();
    const input = join(dir, 'council');
    const latin1 = Buffer.concat([
      Buffer.from(goodFiles.participations),
      Buffer.from('P2,A1,\xe9,true\n', 'latin1'),
    ]);
    await writeFolder(input, { participations: latin1 });
    const result = await runImport({ inputs: [input], reportDir: join(dir, 'report'), lang: 'en' });
    expect(result.report?.problems.map((p) => [p.line, p.code, p.value])).toEqual([
      [5, 'bad_date', 'é'],
    ]);
    expect(result.report?.tables.participations).toEqual({
      read: 4,
      imported: 3,
      merged: 0,
      rejected: 1,
    });
  });

  test('an empty Excel row, blank cells beyond the header and missing trailing cells are read as empty', async () => {
    const products = `${goodFiles.products.trimEnd().replace(/\n/g, ',,\n')},,\n,,,,,,,,,\nPR3,E1,Selendang,woven_textile,100000,0.5\n`;
    const { problems, report } = await validate({ products });
    expect(problems).toEqual([]);
    expect(report?.tables.products).toEqual({ read: 3, imported: 3, merged: 0, rejected: 0 });
  });

  test('lines count the header, quoted line breaks and blank lines', async () => {
    const practices = `practice_id,name,practice_category,origin_council_id
PB1,"Pewarnaan
alami",materials,DK-3601

PB2,Kemasan bersama,marketing,DK-3603
PB3,Kemasan,warna,DK-3603
`;
    const { problems } = await validate({ practices });
    expect(only(problems)).toEqual({
      file: 'practices.csv',
      line: 6,
      column: 'practice_category',
      code: 'bad_enum',
      value: 'warna',
    });
  });

  test('rejects.csv holds every rejected row as it was typed, with its file, line and reason', async () => {
    const bad = 'PR1 , 2024-05-01,DK-36,4,5,4,0,"4"';
    const { reportDir } = await validate({ assessments: withRow('assessments', bad) });
    const rejects = await readFile(join(reportDir, 'rejects.csv'), 'utf8');
    const lines = rejects
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('file,line,column,reason,row');
    expect(lines[1]).toMatch(
      /assessments\.csv,4,packaging,packaging: is not a score from 1 to 5,"PR1 , 2024-05-01,DK-36,4,5,4,0,""4"""$/,
    );
  });

  test('the terminal speaks Indonesian with --lang id', async () => {
    const dir = await tempDir();
    const input = await writeFolder(join(dir, 'council'), {
      assessments: withRow('assessments', 'PR1,2024-05-01,DK-36,9,5,4,3,4'),
    });
    const result = await runImport({ inputs: [input], reportDir: join(dir, 'report'), lang: 'id' });
    expect(result.lines.join('\n')).toContain(
      'assessments.csv baris 4, kolom design: "9" bukan nilai 1 sampai 5.',
    );
  });
});
