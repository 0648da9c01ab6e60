import { regularizedGammaQ } from './regularized-gamma-q.js';

/**
 * `P(χ²_df >= x)`, the p-value of a chi-square statistic `x` with `df` degrees of freedom:
 * `Q(df / 2, x / 2)`. `NaN` for `df <= 0` or a negative or NaN `x`.
 *
 *     chiSquareUpperTail(3.84, 1) // 0.0500435212487052
 *     chiSquareUpperTail(0, 4)    // 1
 */
export function chiSquareUpperTail(x: number, df: number): number {
  return regularizedGammaQ(df / 2, x / 2);
}
