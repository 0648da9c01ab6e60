import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralizeFormula, neutralizeFormulaSql, type MetricInput } from '@anyam/core';
import { loadRecords } from '@anyam/duckdb';
import { exportCsv, exportXlsx } from './export-tables.js';
import { runImport } from './run-import.js';
import { tempDir } from './fixture.test-support.js';

const attack = '=HYPERLINK("http://x","klik")';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await loadRecords(connection, {
    councils: [
      { council_id: 'C1', region_code: '36.01', name: attack },
      { council_id: 'C2', region_code: '36.02', name: '@SUM(A1:A9)' },
      { council_id: 'C3', region_code: '36.03', name: 'Dekranasda Lebak' },
    ],
    programs: [
      {
        program_id: 'P1',
        council_id: 'C1',
        name: '-1+1',
        program_type: 'training',
        craft_category: null,
        start_date: '2024-01-01',
        end_date: '2024-02-01',
        target_region_code: '36.01',
        target_participants: 20,
        budget_idr: -5000,
      },
    ],
  } as unknown as Partial<MetricInput>);
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('exportCsv', () => {
  it('writes text a spreadsheet would run as a formula as text, and numbers as numbers', async () => {
    const dir = await tempDir();
    await exportCsv(connection, dir);
    const councils = await readFile(join(dir, 'councils.csv'), 'utf8');
    expect(councils).toContain(`C1,36.01,"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(councils).toContain(`C2,36.02,'@SUM(A1:A9)`);
    expect(councils).toContain('C3,36.03,Dekranasda Lebak');
    const programs = await readFile(join(dir, 'programs.csv'), 'utf8');
    expect(programs).toContain(`P1,C1,'-1+1,training,`);
    expect(programs.trimEnd()).toMatch(/,20,-5000$/);
  });
});

describe('exportXlsx', () => {
  it('writes formula-like text as text cells with the quote, numbers as numbers', async () => {
    const path = join(await tempDir(), 'export.xlsx');
    await exportXlsx(connection, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const councils = workbook.getWorksheet('councils')!;
    const names = [2, 3, 4].map((row) => councils.getRow(row).getCell(3));
    expect(names.map((cell) => cell.type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
    ]);
    expect(names.map((cell) => cell.value)).toEqual([
      `'${attack}`,
      `'@SUM(A1:A9)`,
      'Dekranasda Lebak',
    ]);
    const program = workbook.getWorksheet('programs')!.getRow(2);
    expect(program.getCell(3).value).toBe(`'-1+1`);
    expect(program.getCell(10).value).toBe(-5000);
  });
});

describe('neutralizeFormulaSql', () => {
  it('gives what neutralizeFormula gives, in DuckDB', async () => {
    const texts = [
      attack,
      '+62 812',
      '-12.5',
      '-1e+20',
      '-2+3',
      '@x',
      '\tx',
      '\r\nx',
      'Tenun',
      '',
      'é',
    ];
    const reader = await connection.runAndReadAll(
      `SELECT list_transform(from_json($texts::JSON, '["VARCHAR"]'), t -> ${neutralizeFormulaSql('t')}) AS n`,
      { texts: JSON.stringify(texts) },
    );
    expect(reader.getRowObjectsJson()[0]?.n).toEqual(texts.map(neutralizeFormula));
  });
});

describe('exportCsv, then the import', () => {
  it('reads a guarded cell back as it was typed', async () => {
    const dir = await tempDir();
    await exportCsv(connection, join(dir, 'in'));
    const out = join(dir, 'out');
    const result = await runImport({
      inputs: [join(dir, 'in')],
      out,
      reportDir: join(dir, 'report'),
      lang: 'en',
    });
    expect(result.exitCode).not.toBe(2);
    const reader = await connection.runAndReadAll(
      `SELECT name FROM read_parquet($file) ORDER BY council_id`,
      { file: join(out, 'councils.parquet') },
    );
    expect(reader.getRowObjectsJson().map((row) => row.name)).toEqual([
      attack,
      '@SUM(A1:A9)',
      'Dekranasda Lebak',
    ]);
  });
});
