/**
 * At most `size` rows of `rows` (already sorted by the value they are sampled on), evenly spaced
 * by rank: the i-th kept row is the one at rank ⌊(i + ½)·n / size⌋, so the sample has the same
 * quantiles as the whole, to 1/size. Fewer rows than `size` are kept as they are.
 *
 *     quantileSample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) // [1, 3, 5, 7, 9]
 *     quantileSample([1, 2, 3], 5)                       // [1, 2, 3]
 */
export function quantileSample<T>(rows: readonly T[], size: number): T[] {
  const n = rows.length;
  if (n <= size) return [...rows];
  return Array.from({ length: size }, (_, i) => rows[Math.floor(((i + 0.5) * n) / size)] as T);
}
