import type { SuppressionSpec } from '../types.js';

/**
 * What small-cell suppression hides in an advice row: the three counts, the dimension means
 * (over the candidate's assessed products) and the adoption rate (over the visits it hosted).
 * `finishAdvice` reads it too, so that the sentences hide what the numbers hide.
 *
 *     adviceSuppression.rates.adoption_rate // 'visits_hosted'
 */
export const adviceSuppression: SuppressionSpec = {
  counts: ['products_assessed', 'visits_hosted', 'practices_shown'],
  rates: {
    dimension_score: 'products_assessed',
    gap: 'products_assessed',
    adoption_rate: 'visits_hosted',
  },
};
