import type { Lang } from '@anyam/core';
import { formatValue } from '../format.js';
import type { TableColumn, TableRow } from './types.js';

/**
 * The text of one cell of a table on the page (a chart's table view, a data table, a sortable
 * table): a suppressed cell reads "< 5" whatever its kind, a number column reads in the language's
 * conventions, a list joins with commas and nothing reads "–".
 *
 *     tableCell({ n: 1234 }, 'n', 'count', 'id') // '1.234'
 *     tableCell({ n: 3, suppressed: ['n'] }, 'n', 'count', 'id') // '< 5'
 *     tableCell({ tags: ['a', 'b'] }, 'tags', undefined, 'en') // 'a, b'
 */
export function tableCell(
  row: TableRow,
  key: string,
  kind: TableColumn['kind'],
  lang: Lang,
): string {
  const value = row[key];
  if (row.suppressed?.includes(key)) return formatValue(null, kind ?? 'count', lang, true);
  if (kind && (typeof value === 'number' || value == null))
    return formatValue(value ?? null, kind, lang);
  if (value == null) return '–';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
