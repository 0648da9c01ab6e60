import type { Json, ReadResult } from '@anyam/duckdb';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. NULL is empty,
 * and a list is written `;`-separated, as the import format writes lists.
 *
 *     csvField('Batik, tulis')    // '"Batik, tulis"'
 *     csvField(['halal', 'sni'])  // 'halal;sni'
 *     csvField(null)              // ''
 */
export function csvField(value: Json): string {
  let text: string;
  if (value === null) text = '';
  else if (Array.isArray(value))
    text = value.every((item) => item === null || typeof item !== 'object')
      ? value.map((item) => (item === null ? '' : String(item))).join(';')
      : JSON.stringify(value);
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
