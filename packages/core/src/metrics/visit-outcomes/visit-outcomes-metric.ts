import type { MetricDefinition } from '../types.js';
import { visitOutcomes } from './visit-outcomes.js';
import type { VisitOutcomesRow } from './visit-outcomes-row.js';
import { visitOutcomesSql } from './visit-outcomes-sql.js';
import { visitOutcomesSuppression } from './visit-outcomes-suppression.js';

/**
 * Visit follow-up as a {@link MetricDefinition}.
 *
 *     visitOutcomesMetric.compute(input, options) // the rows of visitOutcomes(input, options)
 */
export const visitOutcomesMetric: MetricDefinition<'visit_outcomes', VisitOutcomesRow> = {
  name: 'visit_outcomes',
  compute: visitOutcomes,
  sql: visitOutcomesSql,
  suppression: visitOutcomesSuppression,
};
