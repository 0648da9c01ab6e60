import type { MetricDefinition } from '../types.js';
import { programs } from './programs.js';
import type { ProgramsRow } from './programs-row.js';
import { programsSql } from './programs-sql.js';
import { programsSuppression } from './programs-suppression.js';

/**
 * Programs (targets, completion, costs) as a {@link MetricDefinition}.
 *
 *     programsMetric.compute(input, options) // the rows of programs(input, options)
 */
export const programsMetric: MetricDefinition<'programs', ProgramsRow> = {
  name: 'programs',
  compute: programs,
  sql: programsSql,
  suppression: programsSuppression,
};
