import { mean } from './mean.js';

/**
 * The sample variance (denominator n - 1, as DuckDB's `var_samp`), or `null` for fewer than two
 * numbers. Two passes (mean, then squared deviations) keep it accurate when the values are close.
 *
 *     sampleVariance([1, 2, 6]) // 7
 *     sampleVariance([4])       // null
 */
export function sampleVariance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  let sum = 0;
  for (const value of values) sum += (value - m) ** 2;
  return sum / (values.length - 1);
}
