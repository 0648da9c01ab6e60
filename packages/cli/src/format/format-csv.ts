import { csvCell } from '@anyam/core';
import type { Json, ReadResult } from '@anyam/duckdb';

/**
 * One CSV field, written by core's `csvCell` (RFC 4180 quoting, formula-like text neutralised).
 * NULL is empty, a number is written as it is, and a list is written `;`-separated, as the
 * import format writes lists.
 *
 *     csvField('Batik, tulis')    // '"Batik, tulis"'
 *     csvField(['halal', 'sni'])  // '"halal;sni"'
 *     csvField('=1+1')            // "'=1+1"
 *     csvField(-12.5)             // '-12.5'
 *     csvField(null)              // ''
 */
export function csvField(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return csvCell(
      value.every((item) => item === null || typeof item !== 'object')
        ? value.map((item) => (item === null ? '' : String(item))).join(';')
        : JSON.stringify(value),
    );
  if (typeof value === 'object') return csvCell(JSON.stringify(value));
  return csvCell(String(value));
}

/**
 * A result as RFC 4180 CSV: a header row, CRLF line ends.
 *
 *     formatCsv({ columns: ['name', 'n'], types: ['VARCHAR', 'INTEGER'], rows: [['Kota "Serang"', 3]] })
 *     // 'name,n\r\n"Kota ""Serang""",3\r\n'
 */
export function formatCsv(result: ReadResult): string {
  const lines = [
    result.columns.map(csvField).join(','),
    ...result.rows.map((row) => row.map(csvField).join(',')),
  ];
  return lines.map((line) => `${line}\r\n`).join('');
}
