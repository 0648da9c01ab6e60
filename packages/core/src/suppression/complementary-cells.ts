import type { MetricRow } from '../metrics/types.js';
import { hideDependents } from './hide-dependents.js';
import type { SuppressionSpec } from './suppression-spec.js';

/** The rows of each breakdown, by index: those carrying the same breakdown key field. */
function breakdownGroups(rows: readonly MetricRow[], spec: SuppressionSpec): number[][] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = spec.breakdown.find((field) => row[field] !== undefined && row[field] !== 'all');
    if (key === undefined) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()];
}

/**
 * Secondary suppression (metrics.md): in the rows of one breakdown, when exactly one row hides a
 * protected count field that other rows publish, the smallest published non-zero value of that
 * field in another row (the first such row on a tie) is hidden as well, with what is computed
 * from it, so that the hidden cell cannot be recovered by subtracting the published rows from
 * the region's total. Takes each row's hidden fields after `smallCells` and returns them grown,
 * as new sets; `hidden` is not changed.
 *
 *     complementaryCells([{ region_code: '36.01', reached: 3 }, { region_code: '36.02', reached: 9 },
 *       { region_code: '36.03', reached: 7 }], retentionSuppression, [new Set(['reached']), new Set(), new Set()])
 *     // [Set { 'reached' }, Set {}, Set { 'reached' }]
 */
export function complementaryCells(
  rows: readonly MetricRow[],
  spec: SuppressionSpec,
  hidden: readonly ReadonlySet<string>[],
): Set<string>[] {
  const out = hidden.map((fields) => new Set(fields));
  const counts = Object.keys(spec.fields).filter((field) => spec.fields[field]?.kind === 'count');
  for (const group of breakdownGroups(rows, spec)) {
    for (const field of counts) {
      const hiding = group.filter((i) => hidden[i]?.has(field));
      if (hiding.length !== 1) continue;
      let pick = -1;
      let least = Infinity;
      for (const i of group) {
        const value = rows[i]?.[field];
        if (i === hiding[0] || hidden[i]?.has(field) || typeof value !== 'number') continue;
        if (value > 0 && value < least) {
          least = value;
          pick = i;
        }
      }
      if (pick < 0) continue;
      const fields = out[pick] as Set<string>;
      fields.add(field);
      out[pick] = hideDependents(rows[pick] as MetricRow, spec, fields);
    }
  }
  return out;
}
