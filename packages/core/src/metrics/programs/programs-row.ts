import type { ProgramType } from '../../domain/enums.js';

/**
 * programs: one row keyed `region_code` (no `by`), `council_id` (`by: 'council'`) or
 * `program_type` (`by: 'program_type'`).
 */
export type ProgramsRow = {
  readonly region_code?: string;
  readonly council_id?: string;
  readonly program_type?: ProgramType;
  readonly programs: number;
  readonly target_participants: number;
  readonly participants: number;
  readonly artisans: number;
  readonly completed: number;
  readonly target_attainment: number | null;
  readonly on_target_share: number | null;
  readonly completion_rate: number | null;
  readonly budget_idr: number;
  readonly cost_per_participant: number | null;
  readonly cost_per_completion: number | null;
};
