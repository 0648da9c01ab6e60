import { MetricOptionsError } from '../metric-options-error.js';
import type { MetricOptions } from '../types.js';

/**
 * The key field of competitiveness rows for a breakdown. `program_type` has no meaning for
 * products, so it is refused with one sentence rather than silently ignored.
 *
 *     competitivenessKey(undefined)        // 'region_code'
 *     competitivenessKey('craft_category') // 'craft_category'
 */
export function competitivenessKey(by: MetricOptions['by']): 'region_code' | 'craft_category' {
  if (by === 'program_type') {
    throw new MetricOptionsError(
      'Product metrics (competitiveness, advice) have no program_type breakdown; use region or craft_category.',
    );
  }
  return by === 'craft_category' ? 'craft_category' : 'region_code';
}
