import type { MetricDefinition } from '../types.js';
import { advice } from './advice.js';
import { adviceSql } from './advice-sql.js';
import { adviceSuppression } from './advice-suppression.js';
import { finishAdvice } from './finish-advice.js';

/**
 * Advice as the registry, the CLI and the dashboard use it. The SQL returns numbers and names;
 * `finish` writes the sentences, exactly as `advice` does. `dimension_score` and `gap` are means
 * over the candidate's assessed products; `adoption_rate` is over the visits it hosted. When the
 * runner will suppress small cells it passes `suppressionK` to `finish`, whose sentences then
 * never state a number the row hides.
 *
 *     adviceMetric.finish?.(rowsOfAdviceSql, options) // rows with `reasons`
 */
export const adviceMetric: MetricDefinition = {
  name: 'advice',
  compute: advice,
  sql: adviceSql,
  finish: finishAdvice,
  suppression: adviceSuppression,
};
