/**
 * The interpolated median of the numbers (as DuckDB's `median` on DOUBLE: the mean of the two
 * middle values of an even count), skipping nulls; `null` when there are none. The input is not
 * mutated.
 *
 *     median([30, 10, null, 20, 40]) // 25
 *     median([])                     // null
 */
export function median(values: Iterable<number | null | undefined>): number | null {
  const sorted: number[] = [];
  for (const value of values)
    if (value !== null && value !== undefined && !Number.isNaN(value)) sorted.push(value);
  if (sorted.length === 0) return null;
  sorted.sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)] as number;
  const high = sorted[Math.ceil(middle)] as number;
  return low + (high - low) * (middle - Math.floor(middle));
}
