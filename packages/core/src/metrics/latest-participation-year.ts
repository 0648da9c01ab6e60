import type { Participation } from '../domain/schemas.js';

/**
 * The latest calendar year that has a participation (the default period of every metric but
 * impact), or `null` when there is none. In SQL: `defaultYearsSql('reach')`.
 *
 *     latestParticipationYear([{ enrolled_on: '2023-05-01', ... }, { enrolled_on: '2024-02-01', ... }]) // 2024
 */
export function latestParticipationYear(
  participations: readonly Pick<Participation, 'enrolled_on'>[],
): number | null {
  let last: string | null = null;
  for (const { enrolled_on } of participations)
    if (last === null || enrolled_on > last) last = enrolled_on;
  return last === null ? null : Number(last.slice(0, 4));
}
