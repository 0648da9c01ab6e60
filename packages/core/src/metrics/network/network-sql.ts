import type { MetricOptions, SqlQuery } from '../types.js';
import { inRegionSql } from '../in-region-sql.js';

/**
 * The DuckDB SQL of {@link network}. Betweenness needs all shortest paths, which SQL does badly,
 * so the query returns `betweenness` as null and two helper columns on the graph row,
 * `edge_from` and `edge_to` (the counted edges as aligned lists, smaller id first);
 * {@link finishNetwork} computes the betweenness from them and drops them.
 *
 *     networkSql({ region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // { sql: 'WITH scope AS (...) ...', params: { region: '36', from: '2024-01-01', to: '2024-12-31' } }
 */
export function networkSql(options: MetricOptions): SqlQuery {
  const sql = `
WITH scope AS (
  SELECT DISTINCT council_id FROM councils
  WHERE ${inRegionSql('region_code')}
),
visits AS (
  SELECT visiting_council_id AS visiting, host_council_id AS host FROM study_visits
  WHERE visit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
    AND (visiting_council_id IN (SELECT council_id FROM scope) OR host_council_id IN (SELECT council_id FROM scope))
),
organizers AS (
  SELECT DISTINCT exhibition_id, council_id FROM (
    SELECT exhibition_id, unnest(organizer_council_ids) AS council_id FROM exhibitions
    WHERE start_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
  )
),
joint AS (
  SELECT exhibition_id FROM organizers GROUP BY exhibition_id
  HAVING count(*) >= 2 AND bool_or(council_id IN (SELECT council_id FROM scope))
),
joint_organizers AS (
  SELECT o.exhibition_id, o.council_id FROM organizers o JOIN joint j ON j.exhibition_id = o.exhibition_id
),
edges AS (
  SELECT least(visiting, host) AS a, greatest(visiting, host) AS b FROM visits WHERE visiting <> host
  UNION
  SELECT x.council_id, y.council_id FROM joint_organizers x JOIN joint_organizers y
    ON x.exhibition_id = y.exhibition_id AND x.council_id < y.council_id
),
ends AS (SELECT a AS council_id FROM edges UNION ALL SELECT b FROM edges),
made AS (SELECT visiting AS council_id, count(*) AS n FROM visits GROUP BY visiting),
hosted AS (SELECT host AS council_id, count(*) AS n FROM visits GROUP BY host),
joint_counts AS (SELECT council_id, count(*) AS n FROM joint_organizers GROUP BY council_id),
partner_counts AS (SELECT council_id, count(*) AS n FROM ends GROUP BY council_id),
graph AS (
  SELECT
    (SELECT count(DISTINCT council_id) FROM ends) AS nodes,
    (SELECT count(*) FROM edges) AS edges,
    (SELECT list(a ORDER BY a, b) FROM edges) AS edge_from,
    (SELECT list(b ORDER BY a, b) FROM edges) AS edge_to
)
SELECT council_id, visits_made, visits_hosted, joint_exhibitions, partners, betweenness,
       nodes, edges, density, edge_from, edge_to
FROM (
  SELECT 0 AS part, s.council_id,
    CAST(coalesce(m.n, 0) AS INTEGER) AS visits_made,
    CAST(coalesce(h.n, 0) AS INTEGER) AS visits_hosted,
    CAST(coalesce(j.n, 0) AS INTEGER) AS joint_exhibitions,
    CAST(coalesce(p.n, 0) AS INTEGER) AS partners,
    CAST(NULL AS DOUBLE) AS betweenness,
    CAST(NULL AS INTEGER) AS nodes,
    CAST(NULL AS INTEGER) AS edges,
    CAST(NULL AS DOUBLE) AS density,
    CAST(NULL AS VARCHAR[]) AS edge_from,
    CAST(NULL AS VARCHAR[]) AS edge_to
  FROM scope s
  LEFT JOIN made m ON m.council_id = s.council_id
  LEFT JOIN hosted h ON h.council_id = s.council_id
  LEFT JOIN joint_counts j ON j.council_id = s.council_id
  LEFT JOIN partner_counts p ON p.council_id = s.council_id
  UNION ALL
  SELECT 1, 'all', NULL, NULL, NULL, NULL, NULL,
    CAST(nodes AS INTEGER), CAST(edges AS INTEGER),
    CASE WHEN nodes < 2 THEN NULL ELSE CAST(edges AS DOUBLE) / (nodes * (nodes - 1) / 2.0) END,
    coalesce(edge_from, []), coalesce(edge_to, [])
  FROM graph
)
ORDER BY part, council_id`;
  return { sql, params: { region: options.region, from: options.from, to: options.to } };
}
