import { suppressionSpec } from '../../suppression/suppression-spec.js';

/**
 * What small-cell suppression hides in a programs row. Programs, targets and budgets are what
 * councils did, published as they are; participation rows, artisans and completions are
 * protected. A ratio that would give a hidden count back from a public one is hidden with it:
 * `target_attainment × target_participants` and `budget_idr / cost_per_participant` are the
 * participants, `budget_idr / cost_per_completion` the completions. `on_target_share` is a share
 * of programs (public bodies' work) and is not suppressed. The rows of `by` form one breakdown.
 *
 *     programsSuppression.fields.cost_per_participant // { kind: 'mean', over: ['participants'] }
 */
export const programsSuppression = suppressionSpec(
  {
    region_code: { kind: 'public' },
    council_id: { kind: 'public' },
    program_type: { kind: 'public' },
    programs: { kind: 'public', count: true },
    target_participants: { kind: 'public', count: true },
    participants: { kind: 'count', unit: 'participations' },
    artisans: { kind: 'count', unit: 'artisans' },
    completed: { kind: 'count', unit: 'participations' },
    target_attainment: { kind: 'rate', numerator: 'participants', over: 'target_participants' },
    on_target_share: { kind: 'public' },
    completion_rate: { kind: 'rate', numerator: 'completed', over: 'participants' },
    budget_idr: { kind: 'public' },
    cost_per_participant: { kind: 'mean', over: ['participants'] },
    cost_per_completion: { kind: 'mean', over: ['completed'] },
  },
  ['region_code', 'council_id', 'program_type'],
);
