/**
 * # Retention, RE-AIM "Maintenance" (metrics.md section 2)
 *
 * `Y` is the year of `to` (`from` is not read). `reached`: artisans reached in the calendar year
 * `Y` by reach's definition (`registered_on <= Y-12-31`, a participation enrolled in `Y` in an
 * existing program passing `type` and `council`, enterprise in `r` and of `category`);
 * `retained`: those of them with a participation enrolled in `Y + 1` in any existing program (the
 * filters apply to `Y` only; reached in `Y` implies eligible in `Y + 1`);
 * `retention_rate = retained / reached`, null when nobody was reached.
 *
 * Rows: one row `region_code: r`, or `by: 'region'` / `'craft_category'` as for reach (no
 * `program_type` breakdown).
 *
 * Engines: `retention(input, options)` in TypeScript and `retentionSql(options)` in DuckDB.
 */
export { retention } from './retention.js';
export { retentionSql } from './retention-sql.js';
export { retentionSuppression } from './retention-suppression.js';
export { retentionMetric } from './retention-metric.js';
