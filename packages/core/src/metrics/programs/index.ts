/**
 * # Programs: how they were designed, run and paid for (metrics.md section 11)
 *
 * Counted are the programs organised by a council in `r` (its `region_code`; a program whose
 * council is not in the dataset counts nowhere) whose `start_date` is in `P` and that pass the
 * `type` filter. For a set of them: `programs`, `target_participants` (summed), `participants`
 * (their participation rows, whatever the artisan's registration), `artisans` (distinct),
 * `completed`, `target_attainment = participants / target_participants`, `on_target_share` (of
 * the programs with a target above 0, the share whose own participants reach it),
 * `completion_rate = completed / participants`, `budget_idr` (summed), `cost_per_participant`
 * and `cost_per_completion` (budget over participants, over completions). Every ratio over
 * nothing is null.
 *
 * Rows: one keyed `region_code = r`; `by: 'council'` one per council in `r` (`council_id`
 * order, those without programs with zeros); `by: 'program_type'` one per enumeration value.
 *
 * Engines: `programs(input, options)` in TypeScript, `programsSql(options)` in DuckDB.
 */
export { programs } from './programs.js';
export { programsMetric } from './programs-metric.js';
export type { ProgramsRow } from './programs-row.js';
export { programsSql } from './programs-sql.js';
