/**
 * The reverse of the import: the domain tables of a DuckDB connection written as the 13 CSV
 * files of domain.md, or as one `.xlsx` workbook with a sheet per table — a template a council
 * can fill in, and the round trip the import's tests run.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  neutralizeFormulaSql,
  tableNames,
  tables,
  type ColumnSpec,
  type TableName,
} from '@anyam/core';
import { q } from './check-sql.js';

async function presentColumns(
  connection: DuckDBConnection,
  table: TableName,
): Promise<Set<string>> {
  const reader = await connection.runAndReadAll(
    `SELECT lower(column_name) AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND lower(table_name) = $table`,
    { table },
  );
  return new Set(reader.getRowObjectsJson().map((row) => String(row.c)));
}

/**
 * The text a column is exported as. A connection without PII columns (a dataset never holds
 * them) gets stand-ins: a name from the id, a distinct 16-digit NIK from the row number, no phone,
 * so that the export imports back without merging anyone.
 */
function exportExpression(column: ColumnSpec, present: Set<string>): string {
  const name = q(column.name);
  if (!present.has(column.name)) {
    if (column.name === 'full_name') return `'Pengrajin ' || "artisan_id"`;
    if (column.name === 'nik')
      return `'99' || lpad(CAST(row_number() OVER (ORDER BY "artisan_id") AS VARCHAR), 14, '0')`;
    return `''`;
  }
  if (column.type === 'VARCHAR[]') return neutralizeFormulaSql(`array_to_string(${name}, ';')`);
  // Text a spreadsheet would run as a formula gets a leading quote (numbers and dates never do).
  if (column.type === 'VARCHAR') return neutralizeFormulaSql(`CAST(${name} AS VARCHAR)`);
  return `CAST(${name} AS VARCHAR)`;
}

function exportSelect(table: TableName, present: Set<string>): string {
  const columns = tables[table].columns.map(
    (column) => `${exportExpression(column, present)} AS ${q(column.name)}`,
  );
  const order = tables[table].key.map(q).join(', ');
  return `SELECT ${columns.join(', ')} FROM ${q(table)} ORDER BY ${order}`;
}

/**
 * Writes the 13 CSV files (UTF-8, `,`-separated, header row, lists `;`-separated) to `dir`.
 *
 *     await exportCsv(connection, 'export/banten'); // export/banten/councils.csv, ...
 */
export async function exportCsv(connection: DuckDBConnection, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of tableNames) {
    const present = await presentColumns(connection, table);
    await connection.run(
      `COPY (${exportSelect(table, present)}) TO $path (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"')`,
      {
        path: join(dir, `${table}.csv`),
      },
    );
  }
}

/** A cell as a spreadsheet holds it: numbers as numbers, dates as dates, the rest as text. */
function sheetValue(column: ColumnSpec, text: unknown): string | number | Date | null {
  if (text === null || text === undefined || text === '') return null;
  const value = String(text);
  if (column.type === 'INTEGER' || column.type === 'BIGINT' || column.type === 'DOUBLE')
    return Number(value);
  if (column.type === 'DATE') return new Date(`${value}T00:00:00Z`);
  // Text comes from exportSelect, already neutralised: exceljs writes a string as a text cell,
  // never a formula, and the quote keeps it text when a planner edits the cell and presses Enter.
  return value;
}

/**
 * Writes one workbook with a sheet per table (row 1 the header), streaming rows to disk.
 *
 *     await exportXlsx(connection, 'export/banten.xlsx');
 */
export async function exportXlsx(connection: DuckDBConnection, path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: true,
  });
  for (const table of tableNames) {
    const present = await presentColumns(connection, table);
    const sheet = workbook.addWorksheet(table);
    const columns = tables[table].columns;
    sheet.columns = columns.map((column) => ({
      header: column.name,
      key: column.name,
      ...(column.type === 'DATE' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
    }));
    const reader = await connection.runAndReadAll(exportSelect(table, present));
    for (const row of reader.getRowsJson()) {
      sheet.addRow(columns.map((column, index) => sheetValue(column, row[index]))).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
