/**
 * # Impact on revenue: difference in differences (metrics.md section 7)
 *
 * `outcome` (`revenue_idr` by default, `employees` or `units_sold`) names the `outcomes` column
 * compared in place of revenue; everything below then reads it for "revenue".
 *
 * For each year `t` from the year of `from` to the year of `to` (the default period of impact is
 * every year of the dataset):
 * - **cohort** `t`: enterprises in `r` whose first participation (of any of their artisans,
 *   ever, eligible or not) was in year `t`;
 * - **comparison**: enterprises in `r` with no participation before or during `t + 1` (never
 *   participated, or first in a year after `t + 1`), whatever their `registered_on`;
 * - `d = ln(revenue[t+1]) - ln(revenue[t-1])` from `outcomes`, only for enterprises with positive
 *   revenue in both years (a missing outcome or a zero revenue leaves the enterprise out);
 * - `treated_n`, `comparison_n`: the enterprises of each group with a `d`;
 * - `did = mean(d | cohort) - mean(d | comparison)`, `se = sqrt(var_c/n_c + var_k/n_k)` (sample
 *   variances, denominator n - 1), `effect_pct = 100 (exp(did) - 1)`, `ci_low_pct` /
 *   `ci_high_pct = 100 (exp(did ∓ 1.96 se) - 1)`. When either group has fewer than 2 enterprises
 *   with a `d`, these five are null (the two counts stay).
 *
 * Rows: one per year `t` whose cohort has at least one enterprise (with or without a `d`),
 * `cohort` as a string, ascending; then the pooled row `cohort: "all"` (always present) over the
 * cohorts whose `did` is not null: `did` weighted by `treated_n`,
 * `se = sqrt(Σ (treated_n_t / Σ treated_n)^2 se_t^2)`, the two counts summed (0 and 0, with null
 * estimates, when no cohort qualifies), and its effect and interval from that `did` and `se`.
 *
 * Engines: `impact(input, options)` in TypeScript and `impactSql(options)` in DuckDB.
 */
export { effectInterval } from './effect-interval.js';
export { impact } from './impact.js';
export { impactMetric } from './impact-metric.js';
export { impactSql } from './impact-sql.js';
export { pooledCohort, type CohortEstimate } from './pooled-cohort.js';
export { outcomeField, outcomeFields, type OutcomeField } from './outcome-field.js';
