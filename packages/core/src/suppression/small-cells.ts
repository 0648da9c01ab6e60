import type { MetricRow } from '../metrics/types.js';
import { hideDependents } from './hide-dependents.js';
import type { FieldSuppression, SuppressionSpec } from './suppression-spec.js';

// A field no rule declares public is held to the protected rule: it cannot be shown to be safe.
const isProtected = (spec: SuppressionSpec, field: string): boolean =>
  spec.fields[field]?.kind !== 'public';

/** Fewer than k units, or no number to tell: a value over them cannot be published. */
const fewUnits = (row: MetricRow, field: string, k: number): boolean => {
  const n = row[field];
  return typeof n !== 'number' || n < k;
};

const smallCount = (n: unknown, k: number): boolean => typeof n === 'number' && n >= 1 && n < k;

function rateHidden(
  row: MetricRow,
  spec: SuppressionSpec,
  rule: Extract<FieldSuppression, { kind: 'rate' }>,
  value: MetricRow[string],
  k: number,
): boolean {
  const units = rule.over ?? rule.unitsAtLeast;
  const overUnits = units !== undefined && isProtected(spec, units);
  if (overUnits && fewUnits(row, units, k)) return true;
  if (rule.numerator !== undefined) {
    if (!isProtected(spec, rule.numerator)) return false;
    const m = row[rule.numerator];
    return typeof m !== 'number' || smallCount(m, k);
  }
  if (!overUnits) return false;
  // The numerator is the share of the units: "10% of 20 reached" is 2 reached.
  if (typeof value !== 'number') return true;
  const numerator = value * (row[units] as number);
  // Over a lower bound of the units the numerator is at least this, and may be below k.
  if (rule.over === undefined) return value > 0 && Math.ceil(numerator - 1e-9) < k;
  return smallCount(Math.round(numerator), k);
}

/**
 * The fields small-cell suppression hides in one row on its own (no secondary suppression): a
 * protected count from 1 to k-1; a rate, share or mean over fewer than k protected units; a rate
 * or share whose numerator is a protected count from 1 to k-1, published or not; and what is
 * computed from any of them. Only fields with a value are listed (a null hides nothing).
 *
 *     smallCells({ reached: 20, retained: 2, retention_rate: 0.1 }, retentionSuppression, 5)
 *     // Set { 'retained', 'retention_rate' }
 */
export function smallCells(row: MetricRow, spec: SuppressionSpec, k: number): Set<string> {
  const hidden = new Set<string>();
  for (const [field, value] of Object.entries(row)) {
    const rule = spec.fields[field];
    if (value === null || rule === undefined) continue;
    const hide =
      rule.kind === 'count'
        ? smallCount(value, k)
        : rule.kind === 'rate'
          ? rateHidden(row, spec, rule, value, k)
          : rule.kind === 'mean'
            ? rule.over.some((units) => isProtected(spec, units) && fewUnits(row, units, k))
            : false;
    if (hide) hidden.add(field);
  }
  return hideDependents(row, spec, hidden);
}
