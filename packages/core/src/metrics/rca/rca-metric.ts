import { suppressionSpec } from '../../suppression/suppression-spec.js';
import type { MetricDefinition } from '../types.js';
import { rca } from './rca.js';
import { rcaSql } from './rca-sql.js';

/**
 * RCA as the registry, the CLI and the dashboard use it. Each row carries `enterprises`, the
 * enterprises with an outcome in the cell, over which suppression holds its revenue and index.
 *
 *     rcaMetric.compute(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 */
export const rcaMetric: MetricDefinition = {
  name: 'rca',
  compute: rca,
  sql: rcaSql,
  // Revenue summed over fewer than k enterprises would reveal what one of them earned, and the
  // index is computed from it.
  suppression: suppressionSpec({
    region_code: { kind: 'public' },
    craft_category: { kind: 'public' },
    enterprises: { kind: 'count', unit: 'enterprises' },
    revenue_idr: { kind: 'mean', over: ['enterprises'] },
    rca: { kind: 'mean', over: ['enterprises'] },
  }),
};
