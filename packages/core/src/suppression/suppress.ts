import type { MetricRow, SuppressionSpec } from '../metrics/types.js';

/** A metric row as published by the dashboard: the names of the fields it hides. */
export type SuppressedRow = MetricRow & { readonly suppressed: string[] };

/**
 * Small-cell suppression (metrics.md): in each row, a count from 1 to `k - 1` becomes `null`, and
 * so does every rate, share or mean computed over fewer than `k` units (the count named for it in
 * `spec.rates`, read before its own suppression). `suppressed` lists the fields this hid, in the
 * row's field order; a field already null is not listed, since nothing was hidden. A rate whose
 * unit count is missing or not a number is hidden too: it cannot be shown to be safe.
 * Returns new rows; `rows` is not changed.
 *
 *     suppress([{ region_code: '36', reached: 3, retained: 1, retention_rate: 0.33 }], retentionSuppression)
 *     // [{ region_code: '36', reached: null, retained: null, retention_rate: null,
 *     //    suppressed: ['reached', 'retained', 'retention_rate'] }]
 */
export function suppress(
  rows: readonly MetricRow[],
  spec: SuppressionSpec,
  k = 5,
): SuppressedRow[] {
  const counts = new Set(spec.counts);
  return rows.map((row) => {
    const out: Record<string, MetricRow[string]> = {};
    const suppressed: string[] = [];
    for (const [field, value] of Object.entries(row)) {
      let hide = false;
      if (value !== null && counts.has(field)) {
        hide = typeof value === 'number' && value >= 1 && value < k;
      }
      const units = Object.prototype.hasOwnProperty.call(spec.rates, field)
        ? spec.rates[field]
        : undefined;
      if (!hide && value !== null && units !== undefined) {
        const n = row[units];
        hide = typeof n !== 'number' || n < k;
      }
      out[field] = hide ? null : value;
      if (hide) suppressed.push(field);
    }
    return { ...out, suppressed } as SuppressedRow;
  });
}
