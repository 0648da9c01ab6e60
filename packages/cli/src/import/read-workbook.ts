import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { tableNames, type TableName } from '@anyam/core';
import { ImportRefused } from './find-sources.js';
import type { SheetCellProblem, SheetRow, SheetRows } from './stage.js';
import { unzippedSize, type UnzippedSize } from './unzipped-size.js';

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

/**
 * The most a workbook may unzip to: 256 MiB. exceljs holds every cell of a workbook as objects,
 * about ten bytes of heap per byte of sheet XML (a sheet of 200,000 rows of 4 cells is 41 MB of
 * XML and took 391 MB of heap), so this keeps a workbook under about 2.5 GB of heap, and a ZIP
 * bomb (a small file unzipping to gigabytes) is refused instead of crashing the process. That is
 * about 5 million cells, 1.2 million rows of 4 columns: larger tables go as CSV files.
 */
export const MAX_WORKBOOK_UNZIPPED = 256 << 20;

/** Whether a sheet is named as `table`, in any letter case, with or without `.csv`. */
function isSheetOf(sheet: ExcelJS.Worksheet, table: TableName): boolean {
  const name = sheet.name.trim().toLowerCase();
  return name === table || name === `${table}.csv`;
}

/**
 * The sheet for a table. A hidden sheet named after a table is refused, not skipped: it is
 * typically an older copy, and a person checking the workbook cannot see what it holds. Two
 * visible sheets for one table are refused too, as the import cannot know which one is meant.
 */
function sheetFor(
  workbook: ExcelJS.Workbook,
  table: TableName,
  label: string,
): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets.filter((sheet) => isSheetOf(sheet, table));
  const hidden = sheets.find((sheet) => sheet.state === 'hidden' || sheet.state === 'veryHidden');
  if (hidden) {
    throw new ImportRefused(
      `${label} has a hidden sheet "${hidden.name}" for the table ${table}, so nothing was imported: unhide it, keep one sheet per table, and import again.`,
    );
  }
  if (sheets.length > 1) {
    throw new ImportRefused(
      `${label} has ${sheets.length} sheets for the table ${table} (${sheets.map((sheet) => `"${sheet.name}"`).join(', ')}), so nothing was imported: keep one sheet per table.`,
    );
  }
  return sheets[0];
}

/** The merged range a cell belongs to (`B2:B3`), from exceljs's index of merges by master cell. */
function mergedRange(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): string {
  const merges = (sheet as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  return merges?.[cell.master.address]?.range ?? cell.master.address;
}

type ReadCell = { text: string; typed: string; problem: Omit<SheetCellProblem, 'index'> | null };

/**
 * One cell as the import reads it. A cell under merged cells (not their first) is empty, since
 * exceljs would hand it the first cell's value: a value the person never typed in that row. A
 * formula is read by its saved result; without one (a workbook written by a program that does not
 * compute formulas), or when the result or the cell is an error (`#N/A`), it is a problem.
 */
function readCell(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): ReadCell {
  if (cell.type === ExcelJS.ValueType.Merge) {
    return {
      text: '',
      typed: '',
      problem: {
        code: 'merged_cell',
        value: null,
        detail: `${cell.address} in ${mergedRange(sheet, cell)}`,
      },
    };
  }
  const value = cell.value as unknown;
  let shown = value;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      const formula = `=${cell.formula}`;
      return {
        text: '',
        typed: formula,
        problem: { code: 'formula_without_value', value: formula, detail: cell.address },
      };
    }
    shown = result;
  }
  if (typeof shown === 'object' && shown !== null && 'error' in shown) {
    const typed = cellText((shown as { error: unknown }).error);
    return {
      text: '',
      typed,
      problem: { code: 'cell_error', value: typed, detail: cell.address },
    };
  }
  const text = cellText(shown);
  return { text, typed: text, problem: null };
}

/** A sheet row: its cells read, and the problems of the cells that could not be. */
function readRow(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, line: number): SheetRow {
  const cells: string[] = [];
  const typed: string[] = [];
  const problems: SheetCellProblem[] = [];
  for (let column = 1; column <= row.cellCount; column += 1) {
    const read = readCell(sheet, row.getCell(column));
    cells.push(read.text);
    typed.push(read.typed);
    if (read.problem) problems.push({ index: column - 1, ...read.problem });
  }
  return problems.length === 0 ? { line, cells } : { line, cells, typed, problems };
}

/**
 * Reads a workbook with a sheet per table into rows of text, with each row's sheet row number
 * as its line (row 1 is the header). Empty rows are skipped, as blank CSV lines are. Refused:
 * a workbook that unzips to more than `MAX_WORKBOOK_UNZIPPED`, a missing sheet, a hidden or a
 * second sheet for a table, merged cells in a header.
 *
 *     const sheets = await readWorkbook('lebak/data.xlsx', 'lebak/data.xlsx');
 *     sheets.councils.rows[0] // { line: 2, cells: ['DK-3602', '36.02', 'Dekranasda Lebak'] }
 */
export async function readWorkbook(
  path: string,
  label: string,
): Promise<Record<TableName, SheetRows>> {
  const unreadable = () =>
    new ImportRefused(
      `${label} cannot be read as an Excel workbook (.xlsx), so nothing was imported.`,
    );
  const workbook = new ExcelJS.Workbook();
  let size: UnzippedSize;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
    size = await unzippedSize(bytes, MAX_WORKBOOK_UNZIPPED);
  } catch {
    throw unreadable();
  }
  if (size.overLimit) {
    throw new ImportRefused(
      `${label} unzips to more than 256 MiB, so nothing was imported: a workbook that large is better saved as CSV files, one per table.`,
    );
  }
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); it reads a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  const sheets = new Map(tableNames.map((table) => [table, sheetFor(workbook, table, label)]));
  const missing = tableNames.filter((table) => !sheets.get(table));
  if (missing.length > 0) {
    throw new ImportRefused(
      `${label} has no sheet ${missing.join(', ')}, so nothing was imported.`,
    );
  }
  const result = {} as Record<TableName, SheetRows>;
  for (const table of tableNames) {
    const sheet = sheets.get(table);
    if (!sheet) continue;
    let header: string[] = [];
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const read = readRow(sheet, row, rowNumber);
      if (rowNumber === 1) {
        const merged = read.problems?.find((problem) => problem.code === 'merged_cell');
        if (merged) {
          throw new ImportRefused(
            `${label} [${table}] has the merged cells ${merged.detail.split(' in ')[1]} in its header (row 1), so nothing was imported: unmerge them and give each column its own name.`,
          );
        }
        header = read.cells.slice();
      } else if (read.problems || read.cells.some((cell) => cell.trim() !== '')) rows.push(read);
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
