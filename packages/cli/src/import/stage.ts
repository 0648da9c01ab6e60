/**
 * Stage one input table into DuckDB: every cell as VARCHAR in `imp.raw_<table>`, with the input's
 * number (`__src`), the record's number (`__rec`) and its real line (`__line`). Rows that cannot
 * be split into the header's columns are recorded as problems here; everything else is checked in
 * SQL afterwards.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tables, type TableName } from '@anyam/core';
import { ImportRefused } from './find-sources.js';
import { prefixRecords, scanCsv, type Delimiter } from './scan-csv.js';

/** A row-level problem found while staging (before any SQL check). */
export interface StageProblem {
  readonly src: number;
  readonly rec: number;
  readonly line: number;
  readonly code: 'field_count' | 'unclosed_quote' | 'unreadable';
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
  const reader = await connection.runAndReadAll(
    `INSERT INTO imp."raw_${table}" (__src, __rec, __line, ${wanted})
     SELECT $src, __rec, __line, ${wanted}
     FROM read_csv($path, delim = ${delimiterSql[delimiter]}, quote = '"', escape = '"', header = true,
                   auto_detect = false, ignore_errors = true, columns = {${columns}})`,
    { src, path },
  );
  return Number(reader.getRowsJson()[0]?.[0] ?? 0);
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

/**
 * Stages one CSV file: scans it for records and lines, writes the prefixed copy DuckDB reads, and
 * loads it with `read_csv` (every column VARCHAR, settings explicit, nothing sniffed).
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
  const bytes = await readFile(path);
  const scan = scanCsv(bytes);
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

/** Rows of one sheet, already converted to text: the sheet row number and its cells. */
export interface SheetRows {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/**
 * Stages one sheet of a workbook: the same raw table as a CSV file, with the sheet's row numbers
 * as lines. A row with a value beyond the header's last column is a row-level problem.
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
      row.cells
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
    conventions: ['excel_workbook'],
    ignoredColumns: ignored,
    textOf: (rec) => texts[rec] ?? '',
  };
}
