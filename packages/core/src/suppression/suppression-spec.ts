/**
 * The units small-cell suppression protects (metrics.md): people and businesses and their
 * records. Councils are public bodies and are not among them.
 */
export type ProtectedUnit = 'artisans' | 'enterprises' | 'products' | 'participations';

/**
 * How small-cell suppression treats one field of a metric's rows.
 *
 * - `count`: a count of protected units; 1 to k-1 is published as null.
 * - `public`: what public bodies did, or a key; never hidden. `count: true` marks a count
 *   (visits, exposures), which the engines must agree on exactly.
 * - `rate`: a rate or share `numerator / over`. Null when `over` (a protected count) is below k,
 *   or when its numerator is a protected count from 1 to k-1, published or not: `numerator`
 *   names the count field, and without it the numerator is the share of `over`'s units
 *   (`value * over`, "10% of 20" is 2). When the row does not carry the units the rate is over,
 *   `unitsAtLeast` names a count that is never more than them, and the rule is applied to that
 *   bound (hidden whenever the units or the numerator might be below k).
 * - `mean`: a mean, median, index, or sum of money or of outcomes over the units counted in
 *   each of `over`; null when any of them holds fewer than k (0 included).
 * - `derived`: computed from other fields of the row (a ratio of two shares); hidden with any
 *   of them.
 */
export type FieldSuppression =
  | { readonly kind: 'count'; readonly unit: ProtectedUnit }
  | { readonly kind: 'public'; readonly count?: true }
  | {
      readonly kind: 'rate';
      readonly numerator?: string;
      readonly over?: string;
      readonly unitsAtLeast?: string;
    }
  | { readonly kind: 'mean'; readonly over: readonly string[] }
  | { readonly kind: 'derived'; readonly from: readonly string[] };

/** What small-cell suppression does with a metric's rows (metrics.md, "Small-cell suppression"). */
export interface SuppressionSpec {
  /** Every field a row may carry, keys included, with its rule. */
  readonly fields: Readonly<Record<string, FieldSuppression>>;
  /**
   * The key fields of a `by` breakdown's rows: the rows carrying one of them (with a value other
   * than `"all"`) form one breakdown, over which secondary suppression runs. Empty for a metric
   * without `by`.
   */
  readonly breakdown: readonly string[];
  /** The count fields, protected or public (from `fields`): the engines agree on them exactly. */
  readonly counts: readonly string[];
}

/**
 * A metric's suppression spec from its field rules; `counts` is read off them.
 *
 *     suppressionSpec({ region_code: { kind: 'public' }, reached: { kind: 'count', unit: 'artisans' },
 *       retained: { kind: 'count', unit: 'artisans' },
 *       retention_rate: { kind: 'rate', numerator: 'retained', over: 'reached' } }, ['region_code'])
 *     // { fields: {...}, breakdown: ['region_code'], counts: ['reached', 'retained'] }
 */
export function suppressionSpec(
  fields: Readonly<Record<string, FieldSuppression>>,
  breakdown: readonly string[] = [],
): SuppressionSpec {
  const counts = Object.entries(fields)
    .filter(([, rule]) => rule.kind === 'count' || (rule.kind === 'public' && rule.count === true))
    .map(([field]) => field);
  return { fields, breakdown, counts };
}
