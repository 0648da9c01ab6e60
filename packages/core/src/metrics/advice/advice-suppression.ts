import { suppressionSpec } from '../../suppression/suppression-spec.js';

/**
 * What small-cell suppression hides in an advice row: the candidate's assessed products and the
 * dimension means over them. Its study visits hosted, practices shown and their adoption rate are
 * a council's public work and stay. `finishAdvice` reads it too, so that the sentences hide what
 * the numbers hide.
 *
 *     adviceSuppression.fields.visits_hosted // { kind: 'public', count: true }
 */
export const adviceSuppression = suppressionSpec({
  council_id: { kind: 'public' },
  rank: { kind: 'public' },
  dimension_score: { kind: 'mean', over: ['products_assessed'] },
  gap: { kind: 'mean', over: ['products_assessed'] },
  products_assessed: { kind: 'count', unit: 'products' },
  visits_hosted: { kind: 'public', count: true },
  practices_shown: { kind: 'public', count: true },
  adoption_rate: { kind: 'public' },
  reasons: { kind: 'public' },
});
