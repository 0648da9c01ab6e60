import { suppressionSpec } from '../../suppression/suppression-spec.js';

// Every estimate is a difference of two means, one over each group of enterprises.
const overBothGroups = { kind: 'mean', over: ['treated_n', 'comparison_n'] } as const;

/**
 * What small-cell suppression hides in an event-study row. Enterprises are protected units, so
 * the two group sizes are counts, and every estimate (and the pre-trend statistic) is hidden
 * when either group has fewer than k of them. How many cohorts and event times were combined
 * says nothing about an enterprise. The rows of `by: 'cohort'` form one breakdown.
 *
 *     eventStudySuppression.fields.att // { kind: 'mean', over: ['treated_n', 'comparison_n'] }
 */
export const eventStudySuppression = suppressionSpec(
  {
    cohort: { kind: 'public' },
    event_time: { kind: 'public' },
    cohorts: { kind: 'public' },
    event_times: { kind: 'public' },
    df: { kind: 'public' },
    treated_n: { kind: 'count', unit: 'enterprises' },
    comparison_n: { kind: 'count', unit: 'enterprises' },
    att: overBothGroups,
    se: overBothGroups,
    effect_pct: overBothGroups,
    ci_low_pct: overBothGroups,
    ci_high_pct: overBothGroups,
    wald: overBothGroups,
    p_value: overBothGroups,
  },
  ['cohort'],
);
