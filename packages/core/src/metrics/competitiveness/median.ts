/**
 * The interpolated median of the non-null numbers, as DuckDB's `median` computes it (the mean of
 * the two middle values when their count is even); null when there are none.
 *
 *     median([3, 1, null, 2, 10]) // 2.5
 *     median([])                  // null
 */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((value): value is number => value != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = (sorted.length - 1) / 2;
  const lo = sorted[Math.floor(middle)] as number;
  const hi = sorted[Math.ceil(middle)] as number;
  return lo === hi ? lo : (lo + hi) / 2;
}
