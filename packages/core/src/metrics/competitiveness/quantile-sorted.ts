/**
 * The p-quantile of ascending numbers, interpolated between neighbours (as DuckDB's
 * `quantile_cont` and R's type 7); null for an empty list.
 *
 *     quantileSorted([1, 2, 3, 4], 0.5)  // 2.5
 *     quantileSorted([1, 2, 3, 4], 0.05) // 1.15
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return lo === hi ? a : a + (b - a) * (position - lo);
}
