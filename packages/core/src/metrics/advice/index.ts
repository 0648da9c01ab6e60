/**
 * Study-visit advice (metrics.md section 9): which councils should council `c` visit to improve
 * PCI dimension `d` (default: the dimension where `c`'s products have the lowest mean)?
 *
 * A council's products are the products of enterprises in its region (a province council: the
 * whole province), each by its latest assessment up to `to`. Candidates are every other council
 * in the dataset (the scope `region` and `from` play no part) whose products assessed by `to`
 * number at least 20. Rows, best first: `council_id`, `rank`, `dimension_score` (mean of `d`,
 * 0–100), `gap` (minus `c`'s; null when `c` has no assessed product, in which case `d` defaults
 * to quality), `products_assessed`, `visits_hosted` (visits up to `to`, a self-visit never counts),
 * `practices_shown` (distinct practices shown at those visits), `adoption_rate` (section 6 over the
 * visits it hosted: each visiting council–practice pair once at its earliest visit there, adopted
 * or institutionalized on or after it, no upper bound) and `reasons` (sentences in `lang`, default
 * Indonesian). Ranked by `dimension_score` (compared at 1e-9), then `adoption_rate` (nulls last),
 * `visits_hosted`, and `council_id`. An unknown council is refused with one sentence.
 *
 * Both engines compute the numbers; `finishAdvice` (the metric's `finish`) writes the sentences.
 */
export { advice, adviceMinProducts } from './advice.js';
export { adviceSql } from './advice-sql.js';
export { adviceMetric } from './advice-metric.js';
export { adviceSuppression } from './advice-suppression.js';
export { finishAdvice } from './finish-advice.js';
export { adviceReasons, type AdviceReasonInput } from './advice-reasons.js';
export { weakestDimension } from './weakest-dimension.js';
export type { DimensionMeans } from './dimension-means.js';
