import { MetricOptionsError } from './metric-options-error.js';
import { metricDefinitions } from './registry.js';
import { metricNames, type MetricDefinition } from './types.js';

/**
 * The definition of metric `name`, or a one-sentence `MetricOptionsError` when there is no such
 * metric.
 *
 *     metricDefinition('reach').name // 'reach'
 *     metricDefinition('rach')       // throws: Unknown metric "rach": use one of reach, ...
 */
export function metricDefinition(name: string): MetricDefinition {
  const definition = (metricDefinitions as Partial<Record<string, MetricDefinition>>)[name];
  if (definition) return definition;
  if ((metricNames as readonly string[]).includes(name)) {
    throw new MetricOptionsError(`Metric ${name} is not available in this build yet.`, 'metric');
  }
  throw new MetricOptionsError(
    `Unknown metric ${JSON.stringify(name)}: use one of ${metricNames.join(', ')}.`,
    'metric',
  );
}
