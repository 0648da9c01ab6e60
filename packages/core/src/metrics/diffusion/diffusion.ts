import { isInRegion } from '../../regions/code.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';
import { summariseExposures, type Exposure } from './summarise-exposures.js';

const adoptedStages: ReadonlySet<string> = new Set(['adopted', 'institutionalized']);
const dayMs = 86_400_000;

/**
 * Diffusion of practices from study visits to adoption (metrics.md section 6): the overall row
 * `council_id: "all"`, then one row per visiting council with an exposure (council_id ascending).
 *
 *     diffusion(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // [{ council_id: 'all', exposed: 3, adopted: 2, adoption_rate: 0.666..., median_lag_days: 75 },
 *     //  { council_id: 'C1', exposed: 2, adopted: 1, adoption_rate: 0.5, median_lag_days: 60 }, ...]
 */
export function diffusion(input: MetricInput, options: MetricOptions): MetricRow[] {
  const { region, from, to } = options;
  const inScope = new Set(
    input.councils
      .filter((council) => isInRegion(council.region_code, region))
      .map((c) => c.council_id),
  );

  // Each (council, practice) pair once, at its earliest visit in P.
  const exposures = new Map<string, Exposure>();
  const keyOf = (councilId: string, practiceId: string): string =>
    `${councilId}\u0000${practiceId}`;
  for (const visit of input.study_visits) {
    if (visit.visit_date < from || visit.visit_date > to || !inScope.has(visit.visiting_council_id))
      continue;
    for (const practiceId of visit.practice_ids) {
      const key = keyOf(visit.visiting_council_id, practiceId);
      const known = exposures.get(key);
      if (!known || visit.visit_date < known.visitDate) {
        exposures.set(key, {
          councilId: visit.visiting_council_id,
          visitDate: visit.visit_date,
          lag: null,
        });
      }
    }
  }
  // The earliest adoption on or after the visit gives the lag; no upper bound on its date.
  for (const adoption of input.adoptions) {
    if (!adoptedStages.has(adoption.stage)) continue;
    const key = keyOf(adoption.council_id, adoption.practice_id);
    const exposure = exposures.get(key);
    if (!exposure || adoption.adopted_on < exposure.visitDate) continue;
    const lag = (Date.parse(adoption.adopted_on) - Date.parse(exposure.visitDate)) / dayMs;
    if (exposure.lag === null || lag < exposure.lag) exposures.set(key, { ...exposure, lag });
  }

  const byCouncil = new Map<string, Exposure[]>();
  for (const exposure of exposures.values()) {
    const list = byCouncil.get(exposure.councilId);
    if (list) list.push(exposure);
    else byCouncil.set(exposure.councilId, [exposure]);
  }
  const ids = [...byCouncil.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    summariseExposures('all', [...exposures.values()]),
    ...ids.map((id) => summariseExposures(id, byCouncil.get(id) ?? [])),
  ];
}
