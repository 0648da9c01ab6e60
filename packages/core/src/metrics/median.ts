/**
 * The interpolated median, as DuckDB's `median` computes it: the middle value, or the mean of
 * the two middle values (`(lo + hi) / 2`, which is bit-identical to DuckDB's result). `null`,
 * `undefined` and `NaN` are skipped; the median of nothing is `null`. The input is not changed.
 *
 *     median([3, 1, 2])       // 2
 *     median([4, null, 1, 2]) // 2
 *     median([])              // null
 */
export function median(values: Iterable<number | null | undefined>): number | null {
  const sorted: number[] = [];
  for (const value of values)
    if (value !== null && value !== undefined && !Number.isNaN(value)) sorted.push(value);
  if (sorted.length === 0) return null;
  sorted.sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const lo = sorted[Math.floor(middle)] as number;
  const hi = sorted[Math.ceil(middle)] as number;
  return lo === hi ? lo : (lo + hi) / 2;
}
