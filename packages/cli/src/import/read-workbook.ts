import ExcelJS from 'exceljs';
import { tableNames, type TableName } from '@anyam/core';
import { ImportRefused } from './find-sources.js';
import type { SheetRows } from './stage.js';

/**
 * A cell's value as the text a person sees and the import reads: dates as `YYYY-MM-DD`, numbers
 * in JavaScript's shortest exact form, formulas by their result, rich text joined.
 *
 *     cellText(new Date(Date.UTC(2024, 7, 17))) // '2024-08-17'
 *     cellText(0.75)                            // '0.75'
 *     cellText({ richText: [{ text: 'Te' }, { text: 'nun' }] }) // 'Tenun'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return object.richText.map((part) => cellText((part as { text?: unknown }).text)).join('');
    }
    if ('result' in object) return cellText(object.result);
    if ('text' in object) return cellText(object.text);
    if ('error' in object) return cellText(object.error);
  }
  return String(value);
}

/** The sheet for a table: named as the table, in any letter case, with or without `.csv`. */
function sheetFor(workbook: ExcelJS.Workbook, table: TableName): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => {
    const name = sheet.name.trim().toLowerCase();
    return name === table || name === `${table}.csv`;
  });
}

/**
 * Reads a workbook with a sheet per table into rows of text, with each row's sheet row number
 * as its line (row 1 is the header). Empty rows are skipped, as blank CSV lines are.
 *
 *     const sheets = await readWorkbook('lebak/data.xlsx', 'lebak/data.xlsx');
 *     sheets.councils.rows[0] // { line: 2, cells: ['DK-3602', '36.02', 'Dekranasda Lebak'] }
 */
export async function readWorkbook(
  path: string,
  label: string,
): Promise<Record<TableName, SheetRows>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new ImportRefused(
      `${label} cannot be read as an Excel workbook (.xlsx), so nothing was imported.`,
    );
  }
  const missing = tableNames.filter((table) => !sheetFor(workbook, table));
  if (missing.length > 0) {
    throw new ImportRefused(
      `${label} has no sheet ${missing.join(', ')}, so nothing was imported.`,
    );
  }
  const result = {} as Record<TableName, SheetRows>;
  for (const table of tableNames) {
    const sheet = sheetFor(workbook, table);
    let header: string[] = [];
    const rows: { line: number; cells: string[] }[] = [];
    sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[];
      const cells = Array.from(values.slice(1), cellText);
      if (rowNumber === 1) header = cells;
      else if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: rowNumber, cells });
    });
    if (header.length === 0) {
      throw new ImportRefused(
        `${label} [${table}] has no header in row 1, so nothing was imported.`,
      );
    }
    result[table] = { header, rows };
  }
  return result;
}
