import type { TableRow } from '../charts/types.js';

export type SortDirection = 'asc' | 'desc';

/**
 * Rows ordered by one column: numbers by value, text in the language's alphabetical order.
 * Whatever has no value there (suppressed, not computable) goes last in both directions, so a
 * hidden cell never sorts as a zero and "< 5" does not lead a ranking.
 *
 *     sortRows([{ n: 2 }, { n: null }, { n: 9 }], 'n', 'desc') // [{ n: 9 }, { n: 2 }, { n: null }]
 */
export function sortRows<Row extends TableRow>(
  rows: readonly Row[],
  key: string,
  direction: SortDirection,
  locale = 'id-ID',
): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (row: Row) => (row.suppressed?.includes(key) ? null : row[key]);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = value(a.row);
      const y = value(b.row);
      const xMissing = x == null || (typeof x === 'number' && !Number.isFinite(x));
      const yMissing = y == null || (typeof y === 'number' && !Number.isFinite(y));
      if (xMissing || yMissing)
        return xMissing === yMissing ? a.index - b.index : xMissing ? 1 : -1;
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), locale, { numeric: true });
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}
