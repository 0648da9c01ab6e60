import { suppressionSpec } from '../../suppression/suppression-spec.js';

/**
 * What small-cell suppression hides in a retention row: the reached and retained artisans, and
 * the rate, retained over reached. The rows of `by` form one breakdown.
 *
 *     retentionSuppression.fields.retention_rate // { kind: 'rate', numerator: 'retained', over: 'reached' }
 */
export const retentionSuppression = suppressionSpec(
  {
    region_code: { kind: 'public' },
    craft_category: { kind: 'public' },
    reached: { kind: 'count', unit: 'artisans' },
    retained: { kind: 'count', unit: 'artisans' },
    retention_rate: { kind: 'rate', numerator: 'retained', over: 'reached' },
  },
  ['region_code', 'craft_category'],
);
