import { suppressionSpec } from '../../suppression/suppression-spec.js';

const artisans = { kind: 'count', unit: 'artisans' } as const;
const enterprises = { kind: 'count', unit: 'enterprises' } as const;
const key = { kind: 'public' } as const;
const shareOfReached = { kind: 'rate', over: 'reached_artisans' } as const;
const shareOfEligible = { kind: 'rate', over: 'eligible_artisans' } as const;

/**
 * What small-cell suppression hides in a reach row. The shares of the reached and of the
 * eligible are over those artisans, their numerators (the women, micro and young among them)
 * read off the share; a representation is a ratio of two shares and goes with either. Completion
 * is over participation rows, which the row does not carry: an artisan reached has at least one,
 * so the reached artisans are a lower bound of them. The rows of `by` form one breakdown.
 *
 *     reachSuppression.fields.reach_rate // { kind: 'rate', numerator: 'reached_artisans', over: 'eligible_artisans' }
 */
export const reachSuppression = suppressionSpec(
  {
    region_code: key,
    craft_category: key,
    program_type: key,
    eligible_artisans: artisans,
    reached_artisans: artisans,
    reach_rate: { kind: 'rate', numerator: 'reached_artisans', over: 'eligible_artisans' },
    eligible_enterprises: enterprises,
    reached_enterprises: enterprises,
    enterprise_reach_rate: {
      kind: 'rate',
      numerator: 'reached_enterprises',
      over: 'eligible_enterprises',
    },
    female_share_reached: shareOfReached,
    female_share_eligible: shareOfEligible,
    female_representation: {
      kind: 'derived',
      from: ['female_share_reached', 'female_share_eligible'],
    },
    micro_share_reached: shareOfReached,
    micro_share_eligible: shareOfEligible,
    micro_representation: {
      kind: 'derived',
      from: ['micro_share_reached', 'micro_share_eligible'],
    },
    youth_share_reached: shareOfReached,
    youth_share_eligible: shareOfEligible,
    youth_representation: {
      kind: 'derived',
      from: ['youth_share_reached', 'youth_share_eligible'],
    },
    completion_rate: { kind: 'rate', unitsAtLeast: 'reached_artisans' },
  },
  ['region_code', 'craft_category', 'program_type'],
);
