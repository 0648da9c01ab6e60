/**
 * # Diffusion of practices: studi tiru → adoption (metrics.md section 6)
 *
 * A study visit whose `visit_date` is in `P` and whose visiting council is in `r` (its
 * `region_code`) exposes the visiting council to every practice in its `practice_ids` (an id
 * repeated in the list counts once; a self-visit counts like any other; practice ids need not be
 * in `practices`). Each (council, practice) pair is one exposure, dated at its earliest visit in
 * `P`. It is **adopted** when the council has an adoption of that practice with stage `adopted`
 * or `institutionalized` and `adopted_on >= visit_date` (no upper bound, and `source_visit_id`
 * is ignored); the earliest such adoption gives the lag in days.
 *
 * Rows: the overall row `council_id: "all"` (always present, `exposed: 0` when nothing was
 * shown), then one row per visiting council with an exposure, `council_id` ascending. Fields:
 * `exposed`, `adopted` (pairs), `adoption_rate = adopted / exposed` (null when nothing was
 * exposed), `median_lag_days` (interpolated median over adopted pairs, as DuckDB's `median`;
 * null when none was adopted).
 *
 * Engines: `diffusion(input, options)` in TypeScript and `diffusionSql(options)` in DuckDB.
 */
export { diffusion } from './diffusion.js';
export { diffusionMetric } from './diffusion-metric.js';
export { diffusionSql } from './diffusion-sql.js';
