import type { SuppressionSpec } from '../types.js';

/**
 * What small-cell suppression hides in a programs row. Programs, targets and budgets are what
 * councils did, published as they are; participation rows, artisans and completions are
 * protected. A ratio that would give a hidden count back from a public one is hidden with it:
 * `target_attainment × target_participants` and `budget_idr / cost_per_participant` are the
 * participants, `budget_idr / cost_per_completion` the completions. `on_target_share` is a share
 * of programs (public bodies' work) and is not suppressed.
 *
 *     programsSuppression.rates.cost_per_participant // 'participants'
 */
export const programsSuppression: SuppressionSpec = {
  counts: ['participants', 'artisans', 'completed'],
  rates: {
    target_attainment: 'participants',
    completion_rate: 'participants',
    cost_per_participant: 'participants',
    cost_per_completion: 'completed',
  },
};
