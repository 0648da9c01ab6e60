import type { MetricOptions, SqlQuery } from '../types.js';
import { inRegionSql } from '../in-region-sql.js';

/**
 * The DuckDB SQL of {@link diffusion}: the same rows, in the same order.
 *
 *     diffusionSql({ region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // { sql: 'WITH scope AS (...) ...', params: { region: '36', from: '2024-01-01', ... } }
 */
export function diffusionSql(options: MetricOptions): SqlQuery {
  const sql = `
WITH scope AS (
  SELECT DISTINCT council_id FROM councils
  WHERE ${inRegionSql('region_code')}
),
shown AS (
  SELECT visiting_council_id AS council_id, visit_date, unnest(practice_ids) AS practice_id
  FROM study_visits
  WHERE visit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
    AND visiting_council_id IN (SELECT council_id FROM scope)
),
exposures AS (
  SELECT council_id, practice_id, min(visit_date) AS visit_date FROM shown GROUP BY council_id, practice_id
),
pairs AS (
  SELECT e.council_id, e.practice_id,
    CAST(date_diff('day', e.visit_date, min(a.adopted_on)) AS DOUBLE) AS lag
  FROM exposures e
  LEFT JOIN adoptions a
    ON a.council_id = e.council_id AND a.practice_id = e.practice_id
   AND a.stage IN ($stage_adopted, $stage_institutionalized) AND a.adopted_on >= e.visit_date
  GROUP BY e.council_id, e.practice_id, e.visit_date
),
summary AS (
  SELECT 0 AS part, 'all' AS council_id, count(*) AS exposed, count(lag) AS adopted, median(lag) AS median_lag
  FROM pairs
  UNION ALL
  SELECT 1, council_id, count(*), count(lag), median(lag) FROM pairs GROUP BY council_id
)
SELECT council_id,
  CAST(exposed AS INTEGER) AS exposed,
  CAST(adopted AS INTEGER) AS adopted,
  CASE WHEN exposed = 0 THEN NULL ELSE CAST(adopted AS DOUBLE) / exposed END AS adoption_rate,
  CAST(median_lag AS DOUBLE) AS median_lag_days
FROM summary
ORDER BY part, council_id`;
  return {
    sql,
    params: {
      region: options.region,
      from: options.from,
      to: options.to,
      stage_adopted: 'adopted',
      stage_institutionalized: 'institutionalized',
    },
  };
}
