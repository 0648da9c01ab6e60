/**
 * # Reach, RE-AIM "Reach" (metrics.md section 1)
 *
 * For region `r` and period `P = [from, to]`, with an artisan's region its enterprise's:
 * - `eligible_artisans`: artisans in `r` with `registered_on <= to`; `reached_artisans`: eligible
 *   artisans with a participation whose `enrolled_on` is in `P`, in a program (that exists and)
 *   passes the filters. An artisan who enrolled before registering is reached in `P` exactly when
 *   it is eligible in `P` (`registered_on <= to`): the definitions are applied as written.
 * - `eligible_enterprises`: enterprises in `r` with `registered_on <= to` (with or without
 *   artisans); `reached_enterprises`: eligible enterprises with a reached artisan (an eligible
 *   artisan of a not-yet-registered enterprise counts as reached, its enterprise does not).
 * - `female_*`, `micro_*`, `youth_*`: `X_share_reached` over the reached artisans,
 *   `X_share_eligible` over the eligible artisans, `X_representation` their ratio, null when
 *   either share is null or the eligible share is 0. Youth: `year(to) - birth_year < 30`.
 * - `completion_rate`: completed / counted participation rows (rows in `P` of eligible artisans
 *   in programs passing the filters).
 * - Filters: `type`, `council` keep programs; `category` keeps enterprises (and so their
 *   artisans) of that craft category, for eligible and reached alike.
 *
 * Rows: without `by`, one row `region_code: r`. `by: 'region'`: one row per child of `r` in the
 * reference (`parent_code = r`) plus `r` itself when the dataset has an enterprise coded exactly
 * `r` (whatever its date or category), by `region_code`; records under a code missing from the
 * reference count in `r`'s total but have no child row. `by: 'craft_category'` /
 * `'program_type'`: one row per enumeration value keyed by that field only; a program type's row
 * keeps the region's eligible counts and shares. Totals are distinct counts.
 *
 * Engines: `reach(input, options)` in TypeScript and `reachSql(options)` in DuckDB.
 */
export { reach } from './reach.js';
export { reachSql } from './reach-sql.js';
export { reachSuppression } from './reach-suppression.js';
export { reachMetric } from './reach-metric.js';
