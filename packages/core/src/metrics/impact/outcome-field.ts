import { MetricOptionsError } from '../metric-options-error.js';
import type { MetricOptions } from '../types.js';

/** The `outcomes` columns impact and the event study can compare (metrics.md sections 7, 10). */
export const outcomeFields = ['revenue_idr', 'employees', 'units_sold'] as const;
export type OutcomeField = (typeof outcomeFields)[number];

/**
 * The outcome column a metric compares: `options.outcome`, `revenue_idr` by default. The SQL
 * builders put it in the query as an identifier, so anything outside the allowlist is refused
 * here rather than trusted to have been parsed.
 *
 *     outcomeField({ outcome: 'employees' }) // 'employees'
 *     outcomeField({})                       // 'revenue_idr'
 */
export function outcomeField(options: Pick<MetricOptions, 'outcome'>): OutcomeField {
  const outcome = options.outcome ?? 'revenue_idr';
  if (!(outcomeFields as readonly string[]).includes(outcome))
    throw new MetricOptionsError(
      `--outcome must be one of ${outcomeFields.join(', ')}, not ${JSON.stringify(outcome)}.`,
      'outcome',
    );
  return outcome;
}
