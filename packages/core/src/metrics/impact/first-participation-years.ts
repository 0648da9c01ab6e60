import type { MetricInput } from '../types.js';

/**
 * The year of each enterprise's first participation: the earliest `enrolled_on` year over all its
 * artisans, ever (whether or not they were eligible then), as impact and the event study define
 * cohorts. Participations of unknown artisans count for nobody.
 *
 *     firstParticipationYears({ artisans: [{ artisan_id: 'a', enterprise_id: 'E1', ... }],
 *       participations: [{ artisan_id: 'a', enrolled_on: '2023-05-01', ... }] })
 *     // Map { 'E1' => 2023 }
 */
export function firstParticipationYears(
  input: Pick<MetricInput, 'artisans' | 'participations'>,
): Map<string, number> {
  const enterpriseOf = new Map(
    input.artisans.map((artisan) => [artisan.artisan_id, artisan.enterprise_id]),
  );
  const firstYear = new Map<string, number>();
  for (const participation of input.participations) {
    const enterpriseId = enterpriseOf.get(participation.artisan_id);
    if (enterpriseId === undefined) continue;
    const year = Number(participation.enrolled_on.slice(0, 4));
    const known = firstYear.get(enterpriseId);
    if (known === undefined || year < known) firstYear.set(enterpriseId, year);
  }
  return firstYear;
}
