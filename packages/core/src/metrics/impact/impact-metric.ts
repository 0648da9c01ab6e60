import type { MetricDefinition } from '../types.js';
import { impactSuppression } from './impact-suppression.js';
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
  suppression: impactSuppression,
};
