import type { MetricDefinition } from '../types.js';
import { impact } from './impact.js';
import { impactSql } from './impact-sql.js';

/**
 * Impact on revenue as a {@link MetricDefinition}.
 *
 *     impactMetric.compute(input, options) // the rows of impact(input, options)
 */
export const impactMetric: MetricDefinition = {
  name: 'impact',
  compute: impact,
  sql: impactSql,
  suppression: {
    counts: ['treated_n', 'comparison_n'],
    // The estimate rests on both groups; the treated cohort is the smaller one in practice.
    rates: {
      did: 'treated_n',
      se: 'treated_n',
      effect_pct: 'treated_n',
      ci_low_pct: 'treated_n',
      ci_high_pct: 'treated_n',
    },
  },
};
