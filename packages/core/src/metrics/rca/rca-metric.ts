import type { MetricDefinition } from '../types.js';
import { rca } from './rca.js';
import { rcaSql } from './rca-sql.js';

/**
 * RCA as the registry, the CLI and the dashboard use it. Its rows hold no count of units (only
 * summed revenue and a ratio of sums), so small-cell suppression has nothing to hide here.
 *
 *     rcaMetric.compute(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 */
export const rcaMetric: MetricDefinition = {
  name: 'rca',
  compute: rca,
  sql: rcaSql,
  suppression: { counts: [], rates: {} },
};
