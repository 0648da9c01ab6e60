/**
 * # Exhibitions (metrics.md section 8)
 *
 * What the enterprises of `r` did at exhibitions, wherever held, whose `start_date` is in `P`.
 * Counted are the `exhibitors` rows of enterprises in `r` (their `region_code`) at such
 * exhibitions; an exhibitor row whose exhibition or enterprise is unknown is not counted.
 *
 * Rows, in this order, each with its own key only (`scale` or `joint`):
 * - one per `scale` in enumeration order: `local`, `provincial`, `national`, `international`
 *   (empty ones included);
 * - `joint: true` (two or more distinct organizers; an id repeated in `organizer_council_ids`
 *   counts once), then `joint: false` (one).
 *
 * Fields: `exhibitions` (distinct exhibitions among the counted rows), `exhibitors` (the rows: an
 * enterprise at two fairs counts twice), `sales_idr` (sum; 0 when there are no rows),
 * `sales_per_exhibitor = sales_idr / exhibitors` (null when there are no rows), `buyer_leads`
 * (sum; 0 when there are no rows).
 *
 * Engines: `exhibitions(input, options)` in TypeScript and `exhibitionsSql(options)` in DuckDB.
 */
export { exhibitions } from './exhibitions.js';
export { exhibitionsMetric } from './exhibitions-metric.js';
export { exhibitionsSql } from './exhibitions-sql.js';
export { finishExhibitions } from './finish-exhibitions.js';
