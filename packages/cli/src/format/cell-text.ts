import type { Json } from '@anyam/duckdb';

/**
 * A value as one line of terminal text: NULL for null, lists in brackets, line breaks as spaces.
 *
 *     cellText(null)                 // 'NULL'
 *     cellText(['halal', 'sni'])     // '[halal, sni]'
 *     cellText('Kabupaten\nSerang')  // 'Kabupaten Serang'
 */
export function cellText(value: Json): string {
  if (value === null) return 'NULL';
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/[\r\n\t]+/g, ' ');
}
