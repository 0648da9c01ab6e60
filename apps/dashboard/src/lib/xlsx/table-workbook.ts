import type { Lang } from '@anyam/core';
import { formatValue } from '../format.js';
import { t } from '../i18n/dictionary.js';
import { dateFormat, numberFormats } from './number-formats.js';
import { excelDate } from './excel-date.js';
import type { Cell, TableColumn, TableRow, TableSpec } from '../charts/types.js';
import type { XlsxCell, XlsxWorkbook } from './types.js';

/** What the PNG and SVG carry beside the marks, for the workbook's "Tentang"/"About" sheet. */
export interface TableAbout {
  title: string;
  region: string;
  year: number | null;
  units: string;
  source: string;
  note?: string | null;
  /** The page the table came from, filters included, so a reader can open it again. */
  link?: string;
  downloaded: Date;
}

/** A cell of the table: typed by its column's kind; a suppressed value is the marker text. */
function tableCell(row: TableRow, column: TableColumn, lang: Lang): XlsxCell {
  // The same marker the CSV and the page write, and never a number a sum could pick up.
  if (row.suppressed?.includes(column.key))
    return { text: formatValue(null, column.kind ?? 'count', lang, true) };
  return valueCell(row[column.key], column);
}

function valueCell(value: Cell, column: TableColumn): XlsxCell {
  if (value == null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (!column.kind) return { number: value };
    const { code, per } = numberFormats[column.kind];
    return { number: value / per, format: code };
  }
  if (Array.isArray(value)) return { text: value.join(';') };
  const text = String(value);
  if (text === '') return null;
  const date = column.kind ? null : excelDate(text);
  return date === null ? { text } : { number: date, format: dateFormat };
}

/** How wide a cell reads on the page, in characters (what a column needs to show it whole). */
function shownLength(row: TableRow, column: TableColumn, lang: Lang): number {
  const value = row[column.key];
  if (row.suppressed?.includes(column.key) || value == null) return 3;
  if (typeof value === 'number' && column.kind) return formatValue(value, column.kind, lang).length;
  return (Array.isArray(value) ? value.join(';') : String(value)).length;
}

/** Wide enough for the longest value; a long header wraps instead of widening the column. */
function columnWidth(table: TableSpec, column: TableColumn, lang: Lang): number {
  let longest = Math.min(column.label.length, 24);
  for (const row of table.rows) longest = Math.max(longest, shownLength(row, column, lang));
  return Math.min(Math.max(longest + 2, 8), 60);
}

/**
 * A chart's table as a workbook: sheet "Tabel"/"Table" with the header row frozen and each cell
 * typed (counts, shares, rupiah and dates as numbers with their formats, text as text), and sheet
 * "Tentang"/"About" with the title, region, year, units, source and, where a cell is hidden, the
 * suppression note. `table` is the one the CSV writes (`exportTable`), so headers carry units.
 *
 *     tableWorkbook({ columns: [{ key: 'n', label: 'N (jumlah)', kind: 'count' }], rows: [{ n: 1234 }] }, about, 'id').sheets[0].rows
 *     // [[{ text: 'N (jumlah)', bold: true, wrap: true }], [{ number: 1234, format: '#,##0' }]]
 */
export function tableWorkbook(table: TableSpec, about: TableAbout, lang: Lang): XlsxWorkbook {
  const header: XlsxCell[] = table.columns.map((column) => ({
    text: column.label,
    bold: true,
    wrap: true,
  }));
  const rows = table.rows.map((row) => table.columns.map((column) => tableCell(row, column, lang)));
  const anySuppressed = table.rows.some((row) => (row.suppressed?.length ?? 0) > 0);
  const facts: [string, XlsxCell][] = [
    [t(lang, 'xlsxAboutTitle'), { text: about.title }],
    [t(lang, 'region'), { text: about.region }],
    [t(lang, 'year'), about.year === null ? null : { number: about.year }],
    [t(lang, 'units'), { text: about.units }],
    [t(lang, 'source'), { text: about.source }],
  ];
  if (about.note) facts.push([t(lang, 'xlsxAboutNote'), { text: about.note, wrap: true }]);
  if (anySuppressed)
    facts.push([t(lang, 'xlsxAboutPrivacy'), { text: t(lang, 'suppressedNote'), wrap: true }]);
  if (about.link) facts.push([t(lang, 'xlsxAboutLink'), { text: about.link }]);
  // The reader's own calendar day (toISOString would give UTC's, a day off in the early morning).
  const day = about.downloaded;
  const today = excelDate(
    `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`,
  );
  facts.push([
    t(lang, 'xlsxAboutDownloaded'),
    today === null ? null : { number: today, format: dateFormat },
  ]);
  return {
    title: about.title,
    sheets: [
      {
        name: t(lang, 'table'),
        rows: [header, ...rows],
        widths: table.columns.map((column) => columnWidth(table, column, lang)),
        frozenRows: 1,
      },
      {
        name: t(lang, 'xlsxAboutSheet'),
        rows: facts.map(([label, value]) => [{ text: label, bold: true }, value]),
        widths: [16, 90],
      },
    ],
  };
}
