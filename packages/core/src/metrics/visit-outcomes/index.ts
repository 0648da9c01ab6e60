/**
 * # Visit follow-up: what changed after each study visit (metrics.md section 12)
 *
 * One row per study visit whose `visit_date` is in `P` and whose visiting council is in `r` (a
 * visit by a council not in the dataset counts nowhere), in order of `visit_date`, then
 * `visit_id`: `practices_shown` (distinct), `practices_adopted` (of those, the ones the visiting
 * council adopted as in diffusion: stage adopted or institutionalized, `adopted_on >=
 * visit_date`, no upper bound), `adoption_rate`. Then, for the visiting council's region `v`:
 * the assessments of products of enterprises in `v` dated in the calendar year before the
 * visit's year (`assessed_before`, mean `pci_before`) and in the year after it
 * (`assessed_after`, `pci_after`), each scored by its own PCI (competitiveness'
 * `assessmentDimensions` and `pci`, arithmetic, default weights), `pci_change`; the same change
 * over the rest of `v`'s parent region (`parentCode`; every enterprise outside `v` for a
 * province), `benchmark_change`, and `relative_change = pci_change - benchmark_change`. Null
 * where a mean is over nothing.
 *
 * Engines: `visitOutcomes(input, options)` in TypeScript, `visitOutcomesSql(options)` in DuckDB
 * (over the derived `assessment_region_sums` when the dataset has derived tables).
 */
export { parentCodeSql } from './parent-code-sql.js';
export { visitOutcomes } from './visit-outcomes.js';
export { visitOutcomesMetric } from './visit-outcomes-metric.js';
export type { VisitOutcomesRow } from './visit-outcomes-row.js';
export { visitOutcomesSql } from './visit-outcomes-sql.js';
