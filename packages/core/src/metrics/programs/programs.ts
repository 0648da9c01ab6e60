import { programTypes } from '../../domain/enums.js';
import { isInRegion } from '../../regions/code.js';
import type { MetricInput, MetricOptions } from '../types.js';
import type { ProgramsRow } from './programs-row.js';

interface Tally {
  programs: number;
  target_participants: number;
  participants: number;
  artisans: Set<string>;
  completed: number;
  with_target: number;
  on_target: number;
  budget_idr: number;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * How programs were designed, run and paid for (metrics.md section 11): the programs organised
 * by a council in `r` whose `start_date` is in `P` (and of `type`, when given), with their
 * targets, participation rows (whatever the artisan's registration), distinct artisans,
 * completions, budgets and the ratios between them, each null over nothing. One row keyed
 * `region_code = r`; `by: 'council'` one per council in `r` (`council_id` order, zeros for those
 * without programs); `by: 'program_type'` one per enumeration value.
 *
 *     programs(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // [{ region_code: '36', programs: 120, target_participants: 3200, participants: 3050,
 *     //    artisans: 2400, completed: 2620, target_attainment: 0.953, on_target_share: 0.41,
 *     //    completion_rate: 0.859, budget_idr: 9.1e9, cost_per_participant: 2983606.6, ... }]
 */
export function programs(input: MetricInput, options: MetricOptions): ProgramsRow[] {
  const { region, from, to, by, type } = options;
  const councils = input.councils
    .filter((council) => isInRegion(council.region_code, region))
    .map((council) => council.council_id);
  const inScope = new Set(councils);
  const counted = input.programs.filter(
    (program) =>
      inScope.has(program.council_id) &&
      program.start_date >= from &&
      program.start_date <= to &&
      (type === undefined || program.program_type === type),
  );
  const rowsOf = new Map<string, { artisan_id: string; completed: boolean }[]>();
  for (const program of counted) rowsOf.set(program.program_id, []);
  for (const participation of input.participations)
    rowsOf.get(participation.program_id)?.push(participation);

  const keys: string[] =
    by === 'council'
      ? [...new Set(councils)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      : by === 'program_type'
        ? [...programTypes]
        : [region];
  const tallies = new Map<string, Tally>(
    keys.map((key) => [
      key,
      {
        programs: 0,
        target_participants: 0,
        participants: 0,
        artisans: new Set<string>(),
        completed: 0,
        with_target: 0,
        on_target: 0,
        budget_idr: 0,
      },
    ]),
  );
  for (const program of counted) {
    const key =
      by === 'council' ? program.council_id : by === 'program_type' ? program.program_type : region;
    const tally = tallies.get(key) as Tally;
    const rows = rowsOf.get(program.program_id) ?? [];
    tally.programs += 1;
    tally.target_participants += program.target_participants;
    tally.participants += rows.length;
    for (const row of rows) {
      tally.artisans.add(row.artisan_id);
      if (row.completed) tally.completed += 1;
    }
    if (program.target_participants > 0) {
      tally.with_target += 1;
      if (rows.length >= program.target_participants) tally.on_target += 1;
    }
    tally.budget_idr += program.budget_idr;
  }
  const keyField =
    by === 'council' ? 'council_id' : by === 'program_type' ? 'program_type' : 'region_code';
  return keys.map((key): ProgramsRow => {
    const tally = tallies.get(key) as Tally;
    return {
      [keyField]: key,
      programs: tally.programs,
      target_participants: tally.target_participants,
      participants: tally.participants,
      artisans: tally.artisans.size,
      completed: tally.completed,
      target_attainment: ratio(tally.participants, tally.target_participants),
      on_target_share: ratio(tally.on_target, tally.with_target),
      completion_rate: ratio(tally.completed, tally.participants),
      budget_idr: tally.budget_idr,
      cost_per_participant: ratio(tally.budget_idr, tally.participants),
      cost_per_completion: ratio(tally.budget_idr, tally.completed),
    } as ProgramsRow;
  });
}
