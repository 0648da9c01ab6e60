import type { ReadResult } from '@anyam/duckdb';
import { cellText } from './cell-text.js';

const numericType =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/;

/**
 * A result as an aligned text table for a terminal: a header, a rule, numbers right-aligned,
 * and the row count.
 *
 *     formatTable({ columns: ['code', 'n'], types: ['VARCHAR', 'INTEGER'], rows: [['36.01', 7], ['36.03', 12]] })
 *     // 'code   n\n-----  --\n36.01   7\n36.03  12\n(2 rows)\n'
 */
export function formatTable(result: ReadResult): string {
  const cells = result.rows.map((row) => row.map(cellText));
  const widths = result.columns.map((column, i) =>
    Math.max(column.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const right = result.types.map((type) => numericType.test(type) && !type.endsWith('[]'));
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => (right[i] ? value.padStart(widths[i] ?? 0) : value.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const count = `(${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'})`;
  return (
    [
      line(result.columns),
      widths.map((width) => '-'.repeat(width)).join('  '),
      ...cells.map(line),
      count,
    ].join('\n') + '\n'
  );
}
