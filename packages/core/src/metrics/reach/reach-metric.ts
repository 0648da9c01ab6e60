import type { MetricDefinition } from '../types.js';
import { reach } from './reach.js';
import { reachSql } from './reach-sql.js';
import { reachSuppression } from './reach-suppression.js';

/**
 * Reach as the registry holds it: both engines and its suppression.
 *
 *     reachMetric.compute(input, options) // same rows as running reachMetric.sql(options)
 */
export const reachMetric: MetricDefinition = {
  name: 'reach',
  compute: reach,
  sql: reachSql,
  suppression: reachSuppression,
};
