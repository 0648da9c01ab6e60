import { exhibitionScales } from '../../domain/enums.js';
import type { MetricOptions, SqlQuery } from '../types.js';
import { inRegionSql } from '../in-region-sql.js';

/**
 * The DuckDB SQL of {@link exhibitions}: the same rows, in the same order. The scales are bound
 * as parameters `$scale_1..$scale_4` in enumeration order.
 *
 *     exhibitionsSql({ region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // { sql: 'WITH scope AS (...) ...', params: { region: '36', ..., scale_1: 'local', ... } }
 */
export function exhibitionsSql(options: MetricOptions): SqlQuery {
  const scaleParams = exhibitionScales.map((_, i) => `scale_${i + 1}`);
  const keys = [
    ...scaleParams.map((name, i) => `(${i + 1}, CAST($${name} AS VARCHAR), CAST(NULL AS BOOLEAN))`),
    `(${scaleParams.length + 1}, NULL, true)`,
    `(${scaleParams.length + 2}, NULL, false)`,
  ];
  const sql = `
WITH scope AS (
  SELECT DISTINCT enterprise_id FROM enterprises
  WHERE ${inRegionSql('region_code')}
),
events AS (
  SELECT exhibition_id, scale, len(list_distinct(organizer_council_ids)) >= 2 AS joint
  FROM exhibitions
  WHERE start_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
),
counted AS (
  SELECT x.exhibition_id, x.sales_idr, x.buyer_leads, e.scale, e.joint
  FROM exhibitors x JOIN events e ON e.exhibition_id = x.exhibition_id
  WHERE x.enterprise_id IN (SELECT enterprise_id FROM scope)
),
keys(position, scale, joint) AS (VALUES ${keys.join(', ')}),
summary AS (
  SELECT k.position, k.scale, k.joint,
    count(DISTINCT c.exhibition_id) AS exhibitions,
    count(c.exhibition_id) AS exhibitors,
    sum(c.sales_idr) AS sales,
    sum(c.buyer_leads) AS leads
  FROM keys k
  LEFT JOIN counted c ON (k.scale IS NOT NULL AND c.scale = k.scale) OR (k.joint IS NOT NULL AND c.joint = k.joint)
  GROUP BY k.position, k.scale, k.joint
)
SELECT scale, joint,
  CAST(exhibitions AS INTEGER) AS exhibitions,
  CAST(exhibitors AS INTEGER) AS exhibitors,
  CAST(coalesce(sales, 0) AS DOUBLE) AS sales_idr,
  CASE WHEN exhibitors = 0 THEN NULL ELSE CAST(sales AS DOUBLE) / exhibitors END AS sales_per_exhibitor,
  CAST(coalesce(leads, 0) AS INTEGER) AS buyer_leads
FROM summary
ORDER BY position`;
  const params: Record<string, string> = {
    region: options.region,
    from: options.from,
    to: options.to,
  };
  exhibitionScales.forEach((scale, i) => (params[`scale_${i + 1}`] = scale));
  return { sql, params };
}
