import type { MetricRow } from '../metrics/types.js';
import { complementaryCells } from './complementary-cells.js';
import { smallCells } from './small-cells.js';
import type { SuppressionSpec } from './suppression-spec.js';

/** A metric row as published by the dashboard: the names of the fields it hides. */
export type SuppressedRow = MetricRow & { readonly suppressed: string[] };

/**
 * Small-cell suppression (metrics.md), the one rule every dashboard and API surface applies,
 * from the metric's declaration of each field (`spec`):
 * - a count of protected units (artisans, enterprises, products, participation rows) from 1 to
 *   `k - 1` is null;
 * - a rate, share, mean, median or sum of money over fewer than `k` protected units is null, and
 *   so is a rate or share whose numerator is a protected count from 1 to `k - 1`, published or
 *   not ("10% of 20" would reveal 2), and whatever is computed from a hidden value;
 * - in the rows of one breakdown (`spec.breakdown`), when exactly one row hides a count that
 *   other rows publish, the smallest published non-zero value of it in another row is hidden
 *   too, with its rates and means (secondary suppression);
 * - public fields (what councils did) are never hidden.
 * `suppressed` lists each row's hidden fields in the row's field order; a field already null is
 * not listed, since nothing was hidden. Returns new rows; `rows` is not changed.
 *
 *     suppress([{ region_code: '36', reached: 20, retained: 2, retention_rate: 0.1 }], retentionSuppression)
 *     // [{ region_code: '36', reached: 20, retained: null, retention_rate: null,
 *     //    suppressed: ['retained', 'retention_rate'] }]
 */
export function suppress(
  rows: readonly MetricRow[],
  spec: SuppressionSpec,
  k = 5,
): SuppressedRow[] {
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`The suppression k must be a whole number of at least 1, not ${k}.`);
  const hidden = complementaryCells(
    rows,
    spec,
    rows.map((row) => smallCells(row, spec, k)),
  );
  return rows.map((row, i) => {
    const fields = hidden[i] as Set<string>;
    const out: Record<string, MetricRow[string]> = {};
    const suppressed: string[] = [];
    for (const [field, value] of Object.entries(row)) {
      const hide = value !== null && fields.has(field);
      out[field] = hide ? null : value;
      if (hide) suppressed.push(field);
    }
    return { ...out, suppressed } as SuppressedRow;
  });
}
