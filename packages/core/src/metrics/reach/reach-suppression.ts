import type { SuppressionSpec } from '../types.js';

/**
 * What small-cell suppression hides in a reach row. Shares of the reached and the
 * representations are over the reached artisans; completion is over participation rows, which
 * the row does not publish, so it is held to the reached artisans (never fewer than the rows'
 * artisans, so the rule is at least as strict as metrics.md's).
 *
 *     reachSuppression.rates.reach_rate // 'eligible_artisans'
 */
export const reachSuppression: SuppressionSpec = {
  counts: ['eligible_artisans', 'reached_artisans', 'eligible_enterprises', 'reached_enterprises'],
  rates: {
    reach_rate: 'eligible_artisans',
    enterprise_reach_rate: 'eligible_enterprises',
    female_share_reached: 'reached_artisans',
    female_share_eligible: 'eligible_artisans',
    female_representation: 'reached_artisans',
    micro_share_reached: 'reached_artisans',
    micro_share_eligible: 'eligible_artisans',
    micro_representation: 'reached_artisans',
    youth_share_reached: 'reached_artisans',
    youth_share_eligible: 'eligible_artisans',
    youth_representation: 'reached_artisans',
    completion_rate: 'reached_artisans',
  },
};
