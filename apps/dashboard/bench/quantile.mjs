/**
 * The `q` quantile of `values` (0.5 the median, 0.95 the p95), interpolated linearly between the
 * two nearest sorted values.
 *
 *     quantile([10, 20, 30, 40], 0.5) // 25
 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}
