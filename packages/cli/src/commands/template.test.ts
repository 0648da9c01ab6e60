import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { labels, tableNames, tables, type EnumerationName, type TableName } from '@anyam/core';
import { main } from '../main.js';
import { captureIo } from '../testing-io.js';
import { columnKind } from '../import/columns.js';
import { goodFiles, tempDir } from '../import/fixture.test-support.js';
import { runImport } from '../import/run-import.js';

/** The fixture's rows with council ids of the DKR-<region> form the template fills in. */
function fixtureRows(table: TableName): string[][] {
  const text = goodFiles[table]
    .replaceAll('DK-3601', 'DKR-36.01')
    .replaceAll('DK-3603', 'DKR-36.03')
    .replaceAll('DK-36', 'DKR-36');
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

/** The Indonesian label of an enumeration value (what a steward picks from the dropdown). */
function idLabel(enumeration: EnumerationName, value: string): string {
  return (labels[enumeration] as Record<string, { id: string }>)[value]?.id ?? value;
}

/** A cell as a person fills it in Excel: numbers as numbers, dates as dates, labels for enums. */
function typed(table: TableName, index: number, text: string): ExcelJS.CellValue {
  const column = tables[table].columns[index]!;
  const kind = columnKind(column);
  if (text === '') return null;
  if (kind.kind === 'enum') return idLabel(kind.enumeration, text);
  if (kind.kind === 'enum_list')
    return text
      .split(';')
      .map((value) => idLabel(kind.enumeration, value))
      .join(';');
  if (kind.kind === 'date') return new Date(`${text}T00:00:00Z`);
  if (kind.kind === 'int' || kind.kind === 'year' || kind.kind === 'share') return Number(text);
  if (kind.kind === 'bool') return text === 'true' ? 'ya' : 'tidak';
  return text;
}

async function template(args: string[], cwd: string) {
  const io = captureIo({ cwd });
  const code = await main(['template', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('anyam template', () => {
  it('writes a sheet per table with its headers, the instructions and the council row', async () => {
    const dir = await tempDir();
    const written = await template(
      ['--council', 'DKR-36.01', '--lang', 'en', '--out', 'p.xlsx'],
      dir,
    );
    expect(written).toMatchObject({ code: 0, err: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'p.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Instructions',
      'Lists',
      ...tableNames,
    ]);
    for (const table of tableNames) {
      const header = (workbook.getWorksheet(table)!.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(tables[table].columns.map((column) => column.name));
    }
    expect((workbook.getWorksheet('councils')!.getRow(2).values as unknown[]).slice(1)).toEqual([
      'DKR-36.01',
      '36.01',
      'Dekranasda Kabupaten Pandeglang',
    ]);
    expect(String(workbook.getWorksheet('Instructions')!.getCell('A1').value)).toBe(
      'Dekranasda data import template',
    );
  });

  it('gives every enumeration and region column a dropdown, and codes a text format', async () => {
    const dir = await tempDir();
    await template(['--council', 'DKR-36.01', '--out', 't.xlsx'], dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 't.xlsx'));
    const lists = workbook.getWorksheet('Daftar')!;
    const listOf = (formula: string): string[] => {
      const [, letter, last] = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(formula) ?? [];
      return Array.from({ length: Number(last) - 1 }, (_, i) =>
        String(lists.getCell(`${letter}${i + 2}`).value),
      );
    };
    const enterprises = workbook.getWorksheet('enterprises')!;
    const category = enterprises.getCell('D2').dataValidation;
    expect(category).toMatchObject({ type: 'list', errorStyle: 'stop' });
    expect(listOf(String(category.formulae[0]))).toContain('Tenun');
    const region = enterprises.getCell('B500').dataValidation;
    const codes = listOf(String(region.formulae[0]));
    expect(codes[0]).toBe('36.01');
    expect(codes).toContain('36.01.10');
    expect(codes.every((code) => code === '36.01' || code.startsWith('36.01.'))).toBe(true);
    expect(enterprises.getCell('B2').numFmt).toBe('@');
    expect(workbook.getWorksheet('artisans')!.getCell('D2').numFmt).toBe('@');
    for (const table of tableNames) {
      tables[table].columns.forEach((column, index) => {
        const kind = columnKind(column).kind;
        if (kind === 'enum' || kind === 'region' || kind === 'enum_list') {
          const cell = workbook.getWorksheet(table)!.getCell(3, index + 1);
          expect(cell.dataValidation?.type, `${table}.${column.name}`).toBe('list');
        }
      });
    }
  });

  it('imports unchanged once filled in with labels, dates and numbers as a person types them', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'filled'), { recursive: true });
    expect(
      (await template(['--council', 'DKR-36.01', '--out', 'filled/data.xlsx'], dir)).code,
    ).toBe(0);
    const path = join(dir, 'filled', 'data.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    let expected = 0;
    for (const table of tableNames) {
      const sheet = workbook.getWorksheet(table)!;
      // The council row is already there; the rest is typed below it.
      const rows = fixtureRows(table).filter(
        (cells) => !(table === 'councils' && cells[0] === 'DKR-36.01'),
      );
      expected += rows.length + (table === 'councils' ? 1 : 0);
      rows.forEach((cells, r) => {
        const row = sheet.getRow(r + (table === 'councils' ? 3 : 2));
        cells.forEach((text, c) => (row.getCell(c + 1).value = typed(table, c, text)));
      });
    }
    await workbook.xlsx.writeFile(path);
    const result = await runImport({
      inputs: [join(dir, 'filled')],
      reportDir: join(dir, 'report'),
      lang: 'en',
    });
    expect(result.report?.problems).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.report?.totals).toMatchObject({
      read: expected,
      imported: expected,
      rejected: 0,
    });
  });

  it('refuses an unknown council, a missing --out and a bad language in one sentence', async () => {
    const dir = await tempDir();
    expect(await template(['--council', 'DKR-99.99', '--out', 'x.xlsx'], dir)).toMatchObject({
      code: 2,
      err: 'anyam template: The council DKR-99.99 names no region: a council id ends with its region code, e.g. DKR-36.01.\n',
    });
    expect((await template([], dir)).err).toBe(
      'anyam template: anyam template needs --out FILE.xlsx.\n',
    );
    expect((await template(['--lang', 'fr', '--out', 'x.xlsx'], dir)).code).toBe(2);
    expect((await template(['--out', 'no/such/folder/x.xlsx'], dir)).code).toBe(1);
  });
});
