import { MetricOptionsError } from './metric-options-error.js';
import { metricDefinitions } from './registry.js';
import { metricNames, type MetricDefinition, type MetricName } from './types.js';

/**
 * The definition of metric `name`, or a one-sentence `MetricOptionsError` when there is no such
 * metric.
 *
 *     metricDefinition('reach').name // 'reach'
 *     metricDefinition('rach')       // throws: Unknown metric "rach": use one of reach, ...
 */
export function metricDefinition(name: string): MetricDefinition {
  if ((metricNames as readonly string[]).includes(name))
    return metricDefinitions[name as MetricName];
  throw new MetricOptionsError(
    `Unknown metric ${JSON.stringify(name)}: use one of ${metricNames.join(', ')}.`,
    'metric',
  );
}
