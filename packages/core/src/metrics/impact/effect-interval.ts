/**
 * The effect of a difference in log revenue as a percentage, and its 95% interval:
 * `100 (exp(did) - 1)` and `100 (exp(did ± 1.96 se) - 1)`; nulls where `did` or `se` is null.
 *
 *     effectInterval(Math.log(1.12), 0)
 *     // { effect_pct: 12.00000000000001, ci_low_pct: 12.00000000000001, ci_high_pct: 12.00000000000001 }
 */
export function effectInterval(
  did: number | null,
  se: number | null,
): { effect_pct: number | null; ci_low_pct: number | null; ci_high_pct: number | null } {
  const pct = (x: number): number => 100 * (Math.exp(x) - 1);
  return {
    effect_pct: did === null ? null : pct(did),
    ci_low_pct: did === null || se === null ? null : pct(did - 1.96 * se),
    ci_high_pct: did === null || se === null ? null : pct(did + 1.96 * se),
  };
}
