import type { SuppressionSpec } from '../types.js';

/**
 * What small-cell suppression hides in a retention row.
 *
 *     retentionSuppression.rates.retention_rate // 'reached'
 */
export const retentionSuppression: SuppressionSpec = {
  counts: ['reached', 'retained'],
  rates: { retention_rate: 'reached' },
};
