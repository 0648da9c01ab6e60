import type { MetricDefinition } from '../types.js';
import { retention } from './retention.js';
import { retentionSql } from './retention-sql.js';
import { retentionSuppression } from './retention-suppression.js';

/**
 * Retention as the registry holds it: both engines and its suppression.
 *
 *     retentionMetric.compute(input, options) // same rows as running retentionMetric.sql(options)
 */
export const retentionMetric: MetricDefinition = {
  name: 'retention',
  compute: retention,
  sql: retentionSql,
  suppression: retentionSuppression,
};
