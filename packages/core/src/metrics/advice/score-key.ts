/**
 * The key advice sorts and compares dimension means by: the mean in units of 1e-9, rounded. Two
 * means equal in arithmetic may differ in their last bits between TypeScript and DuckDB (sums of
 * material shares in another order); on this key they tie in both engines alike. The SQL twin is
 * `floor(x * 1e9 + 0.5)`, the very same floating-point operations.
 *
 *     scoreKey(62.5)               // 62500000000
 *     scoreKey(62.49999999999999)  // 62500000000
 */
export function scoreKey(value: number): number {
  return Math.floor(value * 1e9 + 0.5);
}
