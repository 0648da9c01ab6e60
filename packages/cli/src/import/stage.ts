/**
 * Stage one input table into DuckDB: every cell as VARCHAR in `imp.raw_<table>`, with the input's
 * number (`__src`), the record's number (`__rec`) and its real line (`__line`). Rows that cannot
 * be split into the header's columns are recorded as problems here; everything else is checked in
 * SQL afterwards.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tables, type TableName } from '@anyam/core';
import { ImportRefused } from './find-sources.js';
import { decodeCsv, type CsvEncoding } from './decode-csv.js';
import {
  MAX_RECORD_BYTES,
  prefixRecords,
  RecordTooLong,
  scanCsv,
  type CsvScan,
  type Delimiter,
} from './scan-csv.js';

/** A row-level problem found while staging (before any SQL check). */
export interface StageProblem {
  readonly src: number;
  readonly rec: number;
  readonly line: number;
  readonly code:
    | 'field_count'
    | 'unclosed_quote'
    | 'unreadable'
    | 'merged_cell'
    | 'formula_without_value'
    | 'cell_error';
  /** The column a cell's problem is in (a sheet cell), else the row's problem. */
  readonly column?: string | null;
  readonly value?: string | null;
  readonly detail: string | null;
}

/** One staged file (or sheet): how to name it to a person and how to give back a row's text. */
export interface Staged {
  readonly src: number;
  readonly table: TableName;
  /** The file as a person names it: `pandeglang/artisans.csv` or `lebak/data.xlsx [artisans]`. */
  readonly label: string;
  readonly folder: string;
  readonly read: number;
  /** The encoding a CSV file was read in; null for a sheet (a workbook has its own). */
  readonly encoding: CsvEncoding | null;
  readonly conventions: readonly string[];
  readonly ignoredColumns: readonly string[];
  /** The record as it was typed (a sheet row: its cells joined by commas, quoted where needed). */
  textOf(rec: number): string;
}

/**
 * The column name a header cell means: trimmed, lower case, spaces and dashes as `_`.
 *
 *     headerName(' Full Name ') // 'full_name'
 */
export function headerName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Where each of the table's columns is in a header, or a refusal naming the missing column.
 *
 *     columnPositions('councils', ['Council_ID', 'name', 'region_code', 'note'], 'a/councils.csv')
 *     // { names: ['council_id', 'name', 'region_code', '__extra_3'], ignored: ['note'] }
 */
export function columnPositions(
  table: TableName,
  header: readonly string[],
  label: string,
): { names: string[]; ignored: string[] } {
  const wanted = new Set(tables[table].columns.map((column) => column.name));
  const seen = new Set<string>();
  const ignored: string[] = [];
  const names = header.map((cell, index) => {
    const name = headerName(cell);
    if (!wanted.has(name)) {
      if (cell.trim() !== '') ignored.push(cell.trim());
      return `__extra_${index}`;
    }
    if (seen.has(name)) {
      throw new ImportRefused(
        `${label} has the column ${name} twice (line 1), so nothing was imported.`,
      );
    }
    seen.add(name);
    return name;
  });
  const missing = tables[table].columns
    .filter((column) => !seen.has(column.name))
    .map((column) => column.name);
  if (missing.length > 0) {
    throw new ImportRefused(
      `${label} has no column ${missing.join(', ')} (line 1), so nothing was imported.`,
    );
  }
  return { names, ignored };
}

/** The raw table's DDL: every domain column as VARCHAR. */
export function rawTableDefinition(table: TableName): string {
  const columns = tables[table].columns.map((column) => `"${column.name}" VARCHAR`);
  return `CREATE TABLE IF NOT EXISTS imp."raw_${table}" (__src INTEGER, __rec BIGINT, __line BIGINT, ${columns.join(', ')})`;
}

const delimiterSql: Record<Delimiter, string> = { ',': "','", ';': "';'", '\t': "'\\t'" };

/**
 * Loads a staged copy into `imp.raw_<table>` and deletes the copy at once: it may hold a council's
 * personal data (artisans.csv), so it exists only while DuckDB reads it.
 */
async function insertFromCsv(
  connection: DuckDBConnection,
  table: TableName,
  src: number,
  path: string,
  delimiter: Delimiter,
  names: readonly string[],
): Promise<number> {
  const columns = ['__rec', '__line', ...names]
    .map((name) => `'${name}': '${name === '__rec' || name === '__line' ? 'BIGINT' : 'VARCHAR'}'`)
    .join(', ');
  const wanted = tables[table].columns.map((column) => `"${column.name}"`).join(', ');
  try {
    const reader = await connection.runAndReadAll(
      `INSERT INTO imp."raw_${table}" (__src, __rec, __line, ${wanted})
       SELECT $src, __rec, __line, ${wanted}
       FROM read_csv($path, delim = ${delimiterSql[delimiter]}, quote = '"', escape = '"', header = true,
                     auto_detect = false, ignore_errors = true, max_line_size = ${4 * MAX_RECORD_BYTES},
                     columns = {${columns}})`,
      { src, path },
    );
    return Number(reader.getRowsJson()[0]?.[0] ?? 0);
  } finally {
    await rm(path, { force: true });
  }
}

/** Records DuckDB could not read although the scan found the right number of fields. */
async function missingRecords(
  connection: DuckDBConnection,
  table: TableName,
  src: number,
  expected: (rec: number) => boolean,
  count: number,
): Promise<number[]> {
  const reader = await connection.runAndReadAll(
    `SELECT r FROM range($count) t(r) WHERE r NOT IN (SELECT __rec FROM imp."raw_${table}" WHERE __src = $src) ORDER BY r`,
    { count, src },
  );
  return reader
    .getRowsJson()
    .map((row) => Number(row[0]))
    .filter(expected);
}

/** The bytes of a CSV file, or a refusal naming it (a file over 2 GiB, a file that cannot be read). */
async function readCsvFile(path: string, label: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_FS_FILE_TOO_LARGE')
      throw new ImportRefused(
        `${label} is larger than 2 GiB, so nothing was imported: split it into several folders.`,
      );
    throw new ImportRefused(`${label} cannot be read, so nothing was imported.`);
  }
}

/** Scans a file's UTF-8 bytes, or refuses it, naming its line, when a record is over the limit. */
function scanOrRefuse(bytes: Uint8Array, label: string): CsvScan {
  try {
    return scanCsv(bytes);
  } catch (error) {
    if (!(error instanceof RecordTooLong)) throw error;
    throw new ImportRefused(
      error.quoted
        ? `${label} line ${error.line} opens a quote that is still open 1 MiB (1,048,576 bytes) later, so nothing was imported: close the quote (a quote inside a quoted cell is written twice, "").`
        : `${label} line ${error.line} is longer than 1 MiB (1,048,576 bytes), so nothing was imported: a row of a council's table is never that long, so this is not the file meant or it is not saved as CSV with line breaks.`,
    );
  }
}

const encodingConvention: Partial<Record<CsvEncoding, string>> = {
  'utf-16le': 'encoding_utf16le',
  'utf-16be': 'encoding_utf16be',
  'windows-1252': 'encoding_windows1252',
};

/**
 * Stages one CSV file: decodes it to UTF-8, scans it for records and lines, writes the prefixed
 * copy DuckDB reads, and loads it with `read_csv` (every column VARCHAR, settings explicit,
 * nothing sniffed).
 */
export async function stageCsv(
  connection: DuckDBConnection,
  options: {
    table: TableName;
    src: number;
    path: string;
    label: string;
    folder: string;
    workDir: string;
  },
  problems: StageProblem[],
): Promise<Staged> {
  const { table, src, path, label } = options;
  const { encoding, bytes } = decodeCsv(await readCsvFile(path, label));
  const scan = scanOrRefuse(bytes, label);
  const { names, ignored } = columnPositions(table, scan.header, label);
  const expected = scan.header.length;
  // A row with values beyond the header's columns cannot be read without guessing; blank cells
  // beyond it, or missing trailing cells, are read as empty cells.
  const good = (rec: number): boolean =>
    (scan.used[rec] ?? 0) <= expected && scan.unclosed[rec] === 0;
  for (let rec = 0; rec < scan.count; rec += 1) {
    if (good(rec)) continue;
    const line = scan.lines[rec] ?? 0;
    if (scan.unclosed[rec] === 1)
      problems.push({ src, rec, line, code: 'unclosed_quote', detail: null });
    else
      problems.push({
        src,
        rec,
        line,
        code: 'field_count',
        detail: `${scan.used[rec]}/${expected}`,
      });
  }
  const staged = join(options.workDir, `${src}-${table}.csv`);
  await writeFile(staged, prefixRecords(bytes, scan, good));
  const inserted = await insertFromCsv(connection, table, src, staged, scan.delimiter, names);
  let goodCount = 0;
  for (let rec = 0; rec < scan.count; rec += 1) if (good(rec)) goodCount += 1;
  if (inserted !== goodCount) {
    for (const rec of await missingRecords(connection, table, src, good, scan.count)) {
      problems.push({ src, rec, line: scan.lines[rec] ?? 0, code: 'unreadable', detail: null });
    }
  }
  const conventions: string[] = [];
  const named = encodingConvention[encoding];
  if (named) conventions.push(named);
  if (scan.bom) conventions.push('byte_order_mark');
  if (scan.crlf) conventions.push('windows_line_endings');
  if (scan.delimiter === ';') conventions.push('semicolon_separator');
  if (scan.delimiter === '\t') conventions.push('tab_separator');
  const decoder = new TextDecoder();
  return {
    src,
    table,
    label,
    folder: options.folder,
    read: scan.count,
    encoding,
    conventions,
    ignoredColumns: ignored,
    textOf: (rec) => decoder.decode(bytes.subarray(scan.starts[rec] ?? 0, scan.ends[rec] ?? 0)),
  };
}

/**
 * Writes already split cells as the CSV DuckDB reads: `__rec,__line,cells...`, every cell quoted.
 *
 *     csvLine(['a', 'b"c']) // '"a","b""c"'
 */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
}

/** A cell whose value cannot be read as typed: under merged cells, a formula without result, an error. */
export interface SheetCellProblem {
  /** The cell's column, 0 for the first. */
  readonly index: number;
  readonly code: 'merged_cell' | 'formula_without_value' | 'cell_error';
  readonly value: string | null;
  /** The cell (`C2`), or the cell and its merged range (`B3 in B2:B3`). */
  readonly detail: string;
}

/** One sheet row: its cells as text (a problem cell empty) and as typed (for rejects.csv). */
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
  /** The cells as a person typed them (a formula as `=A1*2`), when that differs from `cells`. */
  readonly typed?: readonly string[];
  readonly problems?: readonly SheetCellProblem[];
}

/** Rows of one sheet, already converted to text: the sheet row number and its cells. */
export interface SheetRows {
  readonly header: readonly string[];
  readonly rows: readonly SheetRow[];
}

/**
 * Stages one sheet of a workbook: the same raw table as a CSV file, with the sheet's row numbers
 * as lines. A row with a value beyond the header's last column is a row-level problem; a cell
 * that cannot be read as typed (see `SheetCellProblem`) is a problem of its column, when that
 * column is one the import reads.
 */
export async function stageSheet(
  connection: DuckDBConnection,
  options: {
    table: TableName;
    src: number;
    sheet: SheetRows;
    label: string;
    folder: string;
    workDir: string;
  },
  problems: StageProblem[],
): Promise<Staged> {
  const { table, src, sheet, label } = options;
  const { names, ignored } = columnPositions(table, sheet.header, label);
  const width = sheet.header.length;
  const texts: string[] = [];
  const out: string[] = [csvLine(['__rec', '__line', ...sheet.header])];
  sheet.rows.forEach((row, rec) => {
    texts.push(
      (row.typed ?? row.cells)
        .map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
        .join(','),
    );
    const used = row.cells.reduce(
      (last, cell, index) => (cell.trim() !== '' ? index + 1 : last),
      0,
    );
    if (used > width) {
      problems.push({ src, rec, line: row.line, code: 'field_count', detail: `${used}/${width}` });
      return;
    }
    for (const problem of row.problems ?? []) {
      const column = names[problem.index];
      if (column === undefined || column.startsWith('__extra_')) continue;
      const { code, value, detail } = problem;
      problems.push({ src, rec, line: row.line, column, value, code, detail });
    }
    const cells = Array.from({ length: width }, (_, index) => row.cells[index] ?? '');
    out.push(`${rec},${row.line},${csvLine(cells)}`);
  });
  const staged = join(options.workDir, `${src}-${table}.csv`);
  await writeFile(staged, `${out.join('\n')}\n`);
  const inserted = await insertFromCsv(connection, table, src, staged, ',', names);
  if (inserted !== out.length - 1) {
    const flagged = new Set(problems.filter((p) => p.src === src).map((p) => p.rec));
    for (const rec of await missingRecords(
      connection,
      table,
      src,
      (r) => !flagged.has(r),
      sheet.rows.length,
    )) {
      problems.push({
        src,
        rec,
        line: sheet.rows[rec]?.line ?? 0,
        code: 'unreadable',
        detail: null,
      });
    }
  }
  return {
    src,
    table,
    label,
    folder: options.folder,
    read: sheet.rows.length,
    encoding: null,
    conventions: ['excel_workbook'],
    ignoredColumns: ignored,
    textOf: (rec) => texts[rec] ?? '',
  };
}
