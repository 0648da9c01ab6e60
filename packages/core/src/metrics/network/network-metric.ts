import { suppressionSpec } from '../../suppression/suppression-spec.js';
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
  // Councils are public bodies: what they did, and the graph it makes, is published as it is.
  suppression: suppressionSpec({
    council_id: { kind: 'public' },
    visits_made: { kind: 'public', count: true },
    visits_hosted: { kind: 'public', count: true },
    joint_exhibitions: { kind: 'public', count: true },
    partners: { kind: 'public', count: true },
    betweenness: { kind: 'public' },
    nodes: { kind: 'public', count: true },
    edges: { kind: 'public', count: true },
    density: { kind: 'public' },
  }),
};
