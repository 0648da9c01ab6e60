import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { tableNames, type TableName } from '@anyam/core';
import { goodFiles, tempDir } from './fixture.test-support.js';
import { cellText } from './read-workbook.js';
import { runImport } from './run-import.js';

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
