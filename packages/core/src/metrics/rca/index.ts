/**
 * Revealed comparative advantage, Balassa (metrics.md section 4).
 *
 * For year Y = the year of `to`, X is the summed `revenue_idr` of the year-Y outcomes of every
 * enterprise in the scope R (its `registered_on` does not matter), split by the enterprise's
 * region row (a child region of R, or R itself for enterprises coded exactly R) and the
 * enterprise's craft category: `RCA(r, c) = (X[r,c] / X[r]) / (X[R,c] / X[R])`, above 1 where
 * r specialises in c more than R does.
 *
 * Rows: one per region row with `X[r] > 0` and category with `X[R,c] > 0` (an absent pair has
 * `revenue_idr` 0 and `rca` 0), sorted by `region_code` then category enumeration order; fields
 * `region_code`, `craft_category`, `enterprises` (with a year-Y outcome in the cell, for
 * small-cell suppression), `revenue_idr`, `rca`. `by` does not apply.
 */
export { rca } from './rca.js';
export { rcaSql } from './rca-sql.js';
export { rcaMetric } from './rca-metric.js';
