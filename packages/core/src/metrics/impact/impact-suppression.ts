import { suppressionSpec } from '../../suppression/suppression-spec.js';

// The estimate is a difference of two means, one over each group of enterprises.
const overBothGroups = { kind: 'mean', over: ['treated_n', 'comparison_n'] } as const;

/**
 * What small-cell suppression hides in an impact row: the two groups' enterprises, and the
 * estimate whenever either group has fewer than k of them. Impact has no `by`, so no secondary
 * suppression.
 *
 *     impactSuppression.fields.did // { kind: 'mean', over: ['treated_n', 'comparison_n'] }
 */
export const impactSuppression = suppressionSpec({
  cohort: { kind: 'public' },
  treated_n: { kind: 'count', unit: 'enterprises' },
  comparison_n: { kind: 'count', unit: 'enterprises' },
  did: overBothGroups,
  se: overBothGroups,
  effect_pct: overBothGroups,
  ci_low_pct: overBothGroups,
  ci_high_pct: overBothGroups,
});
