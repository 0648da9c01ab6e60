import type { MetricRow } from '../metrics/types.js';
import type { FieldSuppression, SuppressionSpec } from './suppression-spec.js';

/** The fields a rule's value is computed from: hiding any of them hides the value too. */
function dependencies(rule: FieldSuppression): readonly string[] {
  switch (rule.kind) {
    case 'rate':
      return [rule.numerator, rule.over, rule.unitsAtLeast].filter(
        (field): field is string => field !== undefined,
      );
    case 'mean':
      return rule.over;
    case 'derived':
      return rule.from;
    default:
      return [];
  }
}

/**
 * `hidden` (fields of `row` suppression hides) with every published value of the row that is
 * computed from a hidden one (its rates, shares, means and what is derived from them, however
 * deep), as a new set. A value already null hides nothing and is not added.
 *
 *     hideDependents({ reached: 12, retained: 4, retention_rate: 0.33 }, retentionSuppression, new Set(['reached']))
 *     // Set { 'reached', 'retention_rate' }
 */
export function hideDependents(
  row: MetricRow,
  spec: SuppressionSpec,
  hidden: ReadonlySet<string>,
): Set<string> {
  const out = new Set(hidden);
  for (let grown = true; grown;) {
    grown = false;
    for (const [field, value] of Object.entries(row)) {
      const rule = spec.fields[field];
      if (value === null || rule === undefined || out.has(field)) continue;
      if (dependencies(rule).some((source) => out.has(source))) {
        out.add(field);
        grown = true;
      }
    }
  }
  return out;
}
