import type { Artisan, Enterprise } from '../../domain/schemas.js';
import { childOf, isInRegion } from '../../regions/code.js';
import { rowKeys } from '../row-keys.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';

interface Tally {
  eligible: number;
  eligibleFemale: number;
  eligibleMicro: number;
  eligibleYouth: number;
  eligibleEnterprises: number;
  reached: Set<string>;
  reachedEnterprises: Set<string>;
  rows: number;
  completed: number;
}

const emptyTally = (): Tally => ({
  eligible: 0,
  eligibleFemale: 0,
  eligibleMicro: 0,
  eligibleYouth: 0,
  eligibleEnterprises: 0,
  reached: new Set(),
  reachedEnterprises: new Set(),
  rows: 0,
  completed: 0,
});

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * RE-AIM Reach (metrics.md section 1) of region `r` in period `[from, to]`: eligible artisans
 * (in `r`, `registered_on <= to`), those reached by a participation enrolled in the period in a
 * program passing the filters (`type`, `council`; `category` restricts eligible and reached
 * alike), the same for enterprises, the representativeness of women, micro enterprises and youth
 * (under 30 on `to`), and the completion rate of the counted participation rows. `by` gives one
 * row per child region, craft category or program type (a program type's eligible counts are the
 * region's). Totals are distinct counts, so an artisan reached by two councils counts once.
 *
 *     reach(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // [{ region_code: '36', eligible_artisans: 120, reached_artisans: 30, reach_rate: 0.25, ... }]
 */
export function reach(input: MetricInput, options: MetricOptions): MetricRow[] {
  const { region, from, to, by, type, council, category } = options;
  const toYear = Number(to.slice(0, 4));
  const keyField = by === undefined || by === 'region' ? 'region_code' : by;
  const keys = rowKeys(region, by, input.regions, input.enterprises);
  const tallies = new Map<string, Tally>();
  for (const key of keys) tallies.set(key, emptyTally());
  // A program type's eligible counts are the region's, tallied once under the region's key.
  const regionTally = by === 'program_type' ? emptyTally() : undefined;

  const enterpriseKey = (enterprise: Enterprise): string => {
    if (by === 'region') return childOf(enterprise.region_code, region) ?? region;
    if (by === 'craft_category') return enterprise.craft_category;
    return region;
  };
  const eligibilityTally = (enterprise: Enterprise): Tally | undefined =>
    regionTally ?? tallies.get(enterpriseKey(enterprise));

  const enterprises = new Map<string, Enterprise>();
  for (const enterprise of input.enterprises) {
    if (!isInRegion(enterprise.region_code, region)) continue;
    if (category !== undefined && enterprise.craft_category !== category) continue;
    enterprises.set(enterprise.enterprise_id, enterprise);
    if (enterprise.registered_on <= to) {
      const tally = eligibilityTally(enterprise);
      if (tally) tally.eligibleEnterprises += 1;
    }
  }

  const eligible = new Map<string, { artisan: Artisan; enterprise: Enterprise }>();
  for (const artisan of input.artisans) {
    const enterprise = enterprises.get(artisan.enterprise_id);
    // Written as !(a <= b) so that a missing date (null from a loose source) is skipped, as in SQL.
    if (!enterprise || !(artisan.registered_on <= to)) continue;
    eligible.set(artisan.artisan_id, { artisan, enterprise });
    const tally = eligibilityTally(enterprise);
    if (!tally) continue;
    tally.eligible += 1;
    if (artisan.gender === 'F') tally.eligibleFemale += 1;
    if (enterprise.size_class === 'micro') tally.eligibleMicro += 1;
    if (toYear - artisan.birth_year < 30) tally.eligibleYouth += 1;
  }

  const programs = new Map<string, string>();
  for (const program of input.programs) {
    if (type !== undefined && program.program_type !== type) continue;
    if (council !== undefined && program.council_id !== council) continue;
    programs.set(program.program_id, program.program_type);
  }

  for (const participation of input.participations) {
    if (!(participation.enrolled_on >= from && participation.enrolled_on <= to)) continue;
    const member = eligible.get(participation.artisan_id);
    const programType = programs.get(participation.program_id);
    if (!member || programType === undefined) continue;
    const tally = tallies.get(
      by === 'program_type' ? programType : enterpriseKey(member.enterprise),
    );
    if (!tally) continue;
    tally.rows += 1;
    if (participation.completed === true) tally.completed += 1;
    tally.reached.add(participation.artisan_id);
    if (member.enterprise.registered_on <= to)
      tally.reachedEnterprises.add(member.enterprise.enterprise_id);
  }

  return keys.map((key) => {
    const tally = tallies.get(key) ?? emptyTally();
    const base = regionTally ?? tally;
    let female = 0;
    let micro = 0;
    let youth = 0;
    for (const id of tally.reached) {
      const member = eligible.get(id);
      if (!member) continue;
      if (member.artisan.gender === 'F') female += 1;
      if (member.enterprise.size_class === 'micro') micro += 1;
      if (toYear - member.artisan.birth_year < 30) youth += 1;
    }
    const reached = tally.reached.size;
    const share = (count: number, eligibleCount: number) => {
      const shareReached = ratio(count, reached);
      const shareEligible = ratio(eligibleCount, base.eligible);
      const representation =
        shareReached !== null && shareEligible !== null && shareEligible > 0
          ? shareReached / shareEligible
          : null;
      return [shareReached, shareEligible, representation] as const;
    };
    const [femaleReached, femaleEligible, femaleRepresentation] = share(
      female,
      base.eligibleFemale,
    );
    const [microReached, microEligible, microRepresentation] = share(micro, base.eligibleMicro);
    const [youthReached, youthEligible, youthRepresentation] = share(youth, base.eligibleYouth);
    return {
      [keyField]: key,
      eligible_artisans: base.eligible,
      reached_artisans: reached,
      reach_rate: ratio(reached, base.eligible),
      eligible_enterprises: base.eligibleEnterprises,
      reached_enterprises: tally.reachedEnterprises.size,
      enterprise_reach_rate: ratio(tally.reachedEnterprises.size, base.eligibleEnterprises),
      female_share_reached: femaleReached,
      female_share_eligible: femaleEligible,
      female_representation: femaleRepresentation,
      micro_share_reached: microReached,
      micro_share_eligible: microEligible,
      micro_representation: microRepresentation,
      youth_share_reached: youthReached,
      youth_share_eligible: youthEligible,
      youth_representation: youthRepresentation,
      completion_rate: ratio(tally.completed, tally.rows),
    };
  });
}
