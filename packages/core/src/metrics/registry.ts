import { adviceMetric } from './advice/index.js';
import { competitivenessMetric } from './competitiveness/index.js';
import { diffusionMetric } from './diffusion/index.js';
import { exhibitionsMetric } from './exhibitions/index.js';
import { impactMetric } from './impact/index.js';
import { networkMetric } from './network/index.js';
import { rcaMetric } from './rca/index.js';
import { reachMetric } from './reach/index.js';
import { retentionMetric } from './retention/index.js';
import type { MetricDefinition, MetricName } from './types.js';

/**
 * Every metric's definition by name, for the runners (CLI, HTTP API, dashboard) and the parity
 * tests. `metricDefinition(name)` is the checked lookup for a name a person typed.
 *
 *     metricDefinitions.reach.sql(options) // { sql, params }
 */
export const metricDefinitions: Readonly<Record<MetricName, MetricDefinition>> = {
  reach: reachMetric,
  retention: retentionMetric,
  competitiveness: competitivenessMetric,
  rca: rcaMetric,
  network: networkMetric,
  diffusion: diffusionMetric,
  impact: impactMetric,
  exhibitions: exhibitionsMetric,
  advice: adviceMetric,
};
