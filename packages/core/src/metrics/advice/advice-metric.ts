import type { MetricDefinition } from '../types.js';
import { advice } from './advice.js';
import { adviceSql } from './advice-sql.js';
import { finishAdvice } from './finish-advice.js';

/**
 * Advice as the registry, the CLI and the dashboard use it. The SQL returns numbers and names;
 * `finish` writes the sentences, exactly as `advice` does. `dimension_score` and `gap` are means
 * over the candidate's assessed products; `adoption_rate` is over the visits it hosted.
 *
 *     adviceMetric.finish?.(rowsOfAdviceSql, options) // rows with `reasons`
 */
export const adviceMetric: MetricDefinition = {
  name: 'advice',
  compute: advice,
  sql: adviceSql,
  finish: finishAdvice,
  suppression: {
    counts: ['products_assessed', 'visits_hosted', 'practices_shown'],
    rates: {
      dimension_score: 'products_assessed',
      gap: 'products_assessed',
      adoption_rate: 'visits_hosted',
    },
  },
};
