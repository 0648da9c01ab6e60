import type { MetricDefinition } from '../types.js';
import { finishNetwork } from './finish-network.js';
import { network } from './network.js';
import { networkSql } from './network-sql.js';

/**
 * The collaboration network as a {@link MetricDefinition}: the SQL path is `networkSql` followed
 * by `finishNetwork` (betweenness in TypeScript).
 *
 *     networkMetric.finish?.(rows, options) // the rows of network(input, options)
 */
export const networkMetric: MetricDefinition = {
  name: 'network',
  compute: network,
  sql: networkSql,
  finish: finishNetwork,
  suppression: {
    counts: ['visits_made', 'visits_hosted', 'joint_exhibitions', 'partners', 'nodes', 'edges'],
    // Density is a share of the possible pairs among `nodes` councils. Betweenness is a
    // structural position, not a rate over units of observation, so it is not suppressed.
    rates: { density: 'nodes' },
  },
};
