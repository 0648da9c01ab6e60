import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { tableNames, type TableName } from '@anyam/core';
import { goodFiles, tempDir } from './fixture.test-support.js';
import { cellText } from './read-workbook.js';
import { runImport } from './run-import.js';
import { deflatedZeros, zipOf } from './zip.test-support.js';

/** A workbook holding the good files, a sheet per table, with numbers and dates typed as such. */
async function writeWorkbook(
  path: string,
  edit: (workbook: ExcelJS.Workbook) => void = () => {},
  skip: TableName[] = [],
) {
  const workbook = new ExcelJS.Workbook();
  for (const table of tableNames) {
    if (skip.includes(table)) continue;
    const sheet = workbook.addWorksheet(table);
    for (const line of goodFiles[table].trimEnd().split('\n')) {
      sheet.addRow(
        line.split(',').map((cell) => {
          if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
          if (/^\d{1,12}(\.\d+)?$/.test(cell) && !cell.startsWith('0')) return Number(cell);
          return cell;
        }),
      );
    }
  }
  edit(workbook);
  await workbook.xlsx.writeFile(path);
}

test('cellText reads dates, numbers, rich text and formulas as a person sees them', () => {
  expect(cellText(new Date(Date.UTC(2024, 7, 17)))).toBe('2024-08-17');
  expect(cellText(0.75)).toBe('0.75');
  expect(cellText({ richText: [{ text: 'Te' }, { text: 'nun' }] })).toBe('Tenun');
  expect(cellText({ formula: 'A1*2', result: 8 })).toBe('8');
  expect(cellText(null)).toBe('');
});

test('runImport reads a workbook with a sheet per table; a bad row is named by its sheet row', async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'lebak'));
  const path = join(dir, 'lebak', 'dekranasda-lebak.xlsx');
  await writeWorkbook(path, (workbook) => {
    const sheet = workbook.getWorksheet('assessments');
    // Row 4 left empty on purpose: lines are sheet rows, not counted data rows.
    if (sheet)
      sheet.getRow(6).values = ['PR1', new Date(Date.UTC(2024, 5, 1)), 'DK-36', 4, 'lima', 4, 3, 4];
    const participations = workbook.getWorksheet('participations');
    participations?.addRow(['P2', 'A1', '17/08/2024', 'Ya']);
  });
  const out = join(dir, 'dataset');
  const result = await runImport({
    inputs: [join(dir, 'lebak')],
    out,
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.report?.problems.map((p) => [p.file, p.line, p.column, p.code, p.value])).toEqual([
    [`${path} [assessments]`, 6, 'craftsmanship', 'bad_number', 'lima'],
  ]);
  expect(result.report?.tables.participations).toEqual({
    read: 4,
    imported: 4,
    merged: 0,
    rejected: 0,
  });
  expect(result.report?.conventions.excel_workbook).toBe(13);
  expect(existsSync(join(out, 'manifest.json'))).toBe(true);
});

test('runImport refuses a workbook without a sheet for every table', async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'lebak'));
  await writeWorkbook(join(dir, 'lebak', 'data.xlsx'), () => {}, ['exhibitors']);
  const result = await runImport({
    inputs: [join(dir, 'lebak')],
    out: join(dir, 'dataset'),
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.exitCode).toBe(2);
  expect(result.lines).toEqual([
    `${join(dir, 'lebak', 'data.xlsx')} has no sheet exhibitors, so nothing was imported.`,
  ]);
  expect(existsSync(join(dir, 'dataset'))).toBe(false);
  expect(existsSync(join(dir, 'report'))).toBe(false);
});

/** Runs an import of the workbook `edit` makes from the good files, in a fresh folder. */
async function importWorkbook(edit: (workbook: ExcelJS.Workbook) => void) {
  const dir = await tempDir();
  await mkdir(join(dir, 'lebak'));
  const path = join(dir, 'lebak', 'data.xlsx');
  await writeWorkbook(path, edit);
  const out = join(dir, 'dataset');
  const result = await runImport({
    inputs: [join(dir, 'lebak')],
    out,
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  return { dir, path, out, result };
}

/** Moves a sheet to the front of the workbook, as a sheet Excel lists first. */
function toFront(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) {
  // exceljs lists sheets by orderNo, which its types leave out.
  const ordered = (s: ExcelJS.Worksheet) => s as unknown as { orderNo: number };
  const others = workbook.worksheets.filter((s) => s !== sheet);
  ordered(sheet).orderNo = 0;
  others.forEach((s, index) => (ordered(s).orderNo = index + 1));
}

test('readWorkbook refuses a hidden sheet named after a table, naming it, even beside a visible one', async () => {
  const { path, out, result } = await importWorkbook((workbook) => {
    const visible = workbook.getWorksheet('councils');
    if (visible) visible.name = 'councils.csv';
    // An older copy, hidden: the one today's import read, because it comes first.
    const hidden = workbook.addWorksheet('Councils', { state: 'hidden' });
    hidden.addRow(['council_id', 'region_code', 'name']);
    hidden.addRow(['DK-36', '36', 'Dekranasda Provinsi Banten']);
    hidden.addRow(['DK-3601', '36.02', 'Dekranasda Kabupaten Pandeglang (lama)']);
    hidden.addRow(['DK-3603', '36.03', 'Dekranasda Kabupaten Tangerang']);
    toFront(workbook, hidden);
  });
  expect(result.exitCode).toBe(2);
  expect(result.lines).toEqual([
    `${path} has a hidden sheet "Councils" for the table councils, so nothing was imported: unhide it, keep one sheet per table, and import again.`,
  ]);
  expect(existsSync(out)).toBe(false);
});

test('readWorkbook ignores a hidden sheet that is not named after a table (a list for dropdowns)', async () => {
  const { result } = await importWorkbook((workbook) => {
    const lists = workbook.addWorksheet('lists', { state: 'veryHidden' });
    lists.addRow(['woven_textile', 'plaited']);
  });
  expect(result.exitCode).toBe(0);
});

test('readWorkbook refuses two visible sheets for one table', async () => {
  const { path, result } = await importWorkbook((workbook) => {
    const copy = workbook.addWorksheet('Councils.csv');
    copy.addRow(['council_id', 'region_code', 'name']);
  });
  expect(result.exitCode).toBe(2);
  expect(result.lines).toEqual([
    `${path} has 2 sheets for the table councils ("councils", "Councils.csv"), so nothing was imported: keep one sheet per table.`,
  ]);
});

test('readWorkbook rejects rows under merged cells instead of copying the first value into them', async () => {
  const { path, dir, result } = await importWorkbook((workbook) => {
    // P1 is DK-3601's and P2 the province's (DK-36); merged, P2 would show DK-3601.
    workbook.getWorksheet('programs')?.mergeCells('B2:B3');
  });
  expect(result.exitCode).toBe(1);
  const programs = result.report?.problems.filter((p) => p.file === `${path} [programs]`);
  expect(programs?.map((p) => [p.line, p.column, p.value, p.code, p.detail, p.reason])).toEqual([
    [
      3,
      'council_id',
      null,
      'merged_cell',
      'B3 in B2:B3',
      'is cell B3 of the merged cells B2:B3, which shows the value of B2; unmerge them and type the value in each row',
    ],
  ]);
  expect(result.report?.tables.programs).toEqual({ read: 2, imported: 1, merged: 0, rejected: 1 });
  const rejects = await readFile(join(dir, 'report', 'rejects.csv'), 'utf8');
  expect(rejects).toContain('P2,,Klinik Desain,design_clinic');
});

test('readWorkbook refuses merged cells in the header row', async () => {
  const { path, result } = await importWorkbook((workbook) => {
    workbook.getWorksheet('councils')?.mergeCells('B1:C1');
  });
  expect(result.exitCode).toBe(2);
  expect(result.lines).toEqual([
    `${path} [councils] has the merged cells B1:C1 in its header (row 1), so nothing was imported: unmerge them and give each column its own name.`,
  ]);
});

test('readWorkbook uses a formula cell`s saved result, and rejects one without a result or with an error, naming the cell', async () => {
  const { path, dir, out, result } = await importWorkbook((workbook) => {
    const exhibitors = workbook.getWorksheet('exhibitors');
    if (exhibitors) exhibitors.getCell('C2').value = { formula: 'D2*1000' } as ExcelJS.CellValue;
    const outcomes = workbook.getWorksheet('outcomes');
    if (outcomes) {
      outcomes.getCell('C2').value = { formula: '150000*1000', result: 150000000 };
      outcomes.getCell('D3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      outcomes.getCell('E4').value = { error: '#N/A' };
    }
  });
  expect(result.exitCode).toBe(1);
  expect(
    result.report?.problems
      .filter((p) => ['formula_without_value', 'cell_error'].includes(p.code))
      .map((p) => [p.file, p.line, p.column, p.value, p.code, p.reason]),
  ).toEqual([
    [
      `${path} [exhibitors]`,
      2,
      'sales_idr',
      '=D2*1000',
      'formula_without_value',
      'is the formula in cell C2, saved without its result; open the workbook in Excel and save it again, or type the value',
    ],
    [
      `${path} [outcomes]`,
      3,
      'employees',
      '#DIV/0!',
      'cell_error',
      'is the error shown in cell D3; correct the cell or type the value',
    ],
    [
      `${path} [outcomes]`,
      4,
      'units_sold',
      '#N/A',
      'cell_error',
      'is the error shown in cell E4; correct the cell or type the value',
    ],
  ]);
  const rejects = await readFile(join(dir, 'report', 'rejects.csv'), 'utf8');
  expect(rejects).not.toContain('[object Object]');
  expect(rejects).toContain('=D2*1000');
  expect(rejects).toContain('#N/A');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const revenue = (
    await connection.runAndReadAll(
      'SELECT revenue_idr::VARCHAR FROM read_parquet($path, hive_partitioning = true) WHERE enterprise_id = $id AND year = 2023',
      { path: join(out, 'outcomes', '**', '*.parquet'), id: 'E1' },
    )
  ).getRowsJson();
  connection.closeSync();
  instance.closeSync();
  expect(revenue).toEqual([['150000000']]);
});

test('readWorkbook reads rich text, hyperlinks, dates with a time and text dates as a person sees them', async () => {
  const { out, result } = await importWorkbook((workbook) => {
    const enterprises = workbook.getWorksheet('enterprises');
    if (enterprises) {
      enterprises.getCell('C2').value = {
        richText: [{ text: 'Tenun ' }, { font: { bold: true }, text: 'Baduy' }, { text: ' Jaya' }],
      };
      enterprises.getCell('H2').value = new Date(Date.UTC(2020, 0, 15, 13, 45));
      enterprises.getCell('H3').value = '01/03/2019';
    }
    const products = workbook.getWorksheet('products');
    if (products)
      products.getCell('C2').value = {
        text: 'Kain Tenun Baduy',
        hyperlink: 'https://example.com/kain',
      };
  });
  expect(result.report?.problems).toEqual([]);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const read = async (sql: string, path: string) =>
    (await connection.runAndReadAll(sql, { path })).getRowsJson();
  const enterprises = await read(
    'SELECT enterprise_id, name, registered_on::VARCHAR FROM read_parquet($path) ORDER BY 1',
    join(out, 'enterprises.parquet'),
  );
  const products = await read(
    'SELECT product_id, name FROM read_parquet($path) ORDER BY 1',
    join(out, 'products.parquet'),
  );
  connection.closeSync();
  instance.closeSync();
  expect(enterprises).toEqual([
    ['E1', 'Tenun Baduy Jaya', '2020-01-15'],
    ['E2', 'Golok Ciomas', '2019-03-01'],
  ]);
  expect(products).toEqual([
    ['PR1', 'Kain Tenun Baduy'],
    ['PR2', 'Golok Ciomas'],
  ]);
});

test('readWorkbook refuses a workbook that unzips to more than 256 MiB (a ZIP bomb) before exceljs reads it', async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'lebak'));
  const path = join(dir, 'lebak', 'data.xlsx');
  // 300 MiB of sheet XML in well under 1 MB, declaring 1 KB.
  const bomb = zipOf([
    { name: 'xl/worksheets/sheet1.xml', deflated: await deflatedZeros(300 << 20), declared: 1024 },
  ]);
  expect(bomb.length).toBeLessThan(1 << 20);
  await writeFile(path, bomb);
  const result = await runImport({
    inputs: [join(dir, 'lebak')],
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.exitCode).toBe(2);
  expect(result.lines).toEqual([
    `${path} unzips to more than 256 MiB, so nothing was imported: a workbook that large is better saved as CSV files, one per table.`,
  ]);
});
