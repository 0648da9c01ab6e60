/**
 * The arithmetic mean of the numbers, or `null` when there are none.
 *
 *     mean([1, 2, 6]) // 3
 *     mean([])        // null
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
