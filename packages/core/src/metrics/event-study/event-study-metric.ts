import type { MetricDefinition } from '../types.js';
import { eventStudy } from './event-study.js';
import type { EventStudyRow } from './event-study-row.js';
import { eventStudySql } from './event-study-sql.js';
import { eventStudySuppression } from './event-study-suppression.js';
import { finishEventStudy } from './finish-event-study.js';

/**
 * The event study as a {@link MetricDefinition}: the SQL path is `eventStudySql` (the
 * group-time effects) followed by `finishEventStudy` (aggregation, the pre-trend p-value).
 *
 *     eventStudyMetric.finish?.(rows, options) // the rows of eventStudy(input, options)
 */
export const eventStudyMetric: MetricDefinition<'event_study', EventStudyRow> = {
  name: 'event_study',
  compute: eventStudy,
  sql: eventStudySql,
  finish: finishEventStudy,
  suppression: eventStudySuppression,
};
