import { pciDimensions } from '../../domain/enums.js';
import { productScoresSql } from '../competitiveness/product-scores-sql.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';
import { adviceCouncil } from './advice-council.js';
import { adoptedStages, adviceMinProducts } from './advice.js';

/**
 * The DuckDB SQL of `advice`: the working rows (numbers plus `dimension`, `region_name` and
 * `council_name`) in rank order; the metric's `finish` (`finishAdvice`) attaches the sentences.
 * An unknown council gives one marker row (`unknown_council` true) on which `finishAdvice` raises
 * the same `MetricOptionsError` as the TypeScript, so that every surface reports it alike.
 *
 *     adviceSql({ region: '36', from: '2024-01-01', to: '2024-12-31', council: 'C3601' })
 *     // { sql: 'WITH scored AS (...) ... ORDER BY rank', params: { council: 'C3601', ... } }
 */
export function adviceSql(options: MetricOptions): SqlQuery {
  // Only the presence of an id can be checked here; whether it exists is for the data to say.
  if (options.council === undefined || options.council === '') adviceCouncil([], options.council);
  const council = options.council as string;
  const params: Record<string, SqlValue> = {
    council,
    dimension: options.dimension ?? null,
    to: options.to,
    to_year: Number(options.to.slice(0, 4)),
    min_products: adviceMinProducts,
    stage_a: adoptedStages[0] ?? null,
    stage_b: adoptedStages[1] ?? null,
  };
  pciDimensions.forEach((dimension, i) => {
    params[`d_${i}`] = dimension;
  });
  const key = (column: string): string => `floor(${column} * 1e9::DOUBLE + 0.5::DOUBLE)`;
  const sql = `
WITH scored AS (${productScoresSql()}),
assessed AS (SELECT * FROM scored WHERE assessed),
target AS (SELECT council_id, region_code FROM councils WHERE council_id = $council),
stats AS (
  SELECT c.council_id, c.region_code, c.name AS council_name, count(a.product_id)::INTEGER AS n,
    CASE WHEN count(a.product_id) > 0 THEN CAST(100 * sum(a.quality_points) AS DOUBLE) / CAST(12 * count(a.product_id) AS DOUBLE) END AS quality,
    CASE WHEN count(a.product_id) > 0 THEN (100 * sum(a.materials)) / count(a.product_id) END AS materials,
    CASE WHEN count(a.product_id) > 0 THEN CAST(100 * sum(a.market_points) AS DOUBLE) / CAST(40 * count(a.product_id) AS DOUBLE) END AS market,
    CASE WHEN count(a.product_id) > 0 THEN CAST(100 * sum(a.compliance_points) AS DOUBLE) / CAST(3 * count(a.product_id) AS DOUBLE) END AS compliance
  FROM councils c
  LEFT JOIN assessed a ON a.region_code = c.region_code OR starts_with(a.region_code, c.region_code || '.')
  GROUP BY c.council_id, c.region_code, c.name
),
own AS (
  SELECT s.*, least(${key('quality')}, ${key('materials')}, ${key('market')}, ${key('compliance')}) AS lowest
  FROM stats s JOIN target t ON t.council_id = s.council_id
),
chosen AS (
  SELECT coalesce(CAST($dimension AS VARCHAR), CASE
      WHEN ${key('quality')} = lowest THEN $d_0
      WHEN ${key('materials')} = lowest THEN $d_1
      WHEN ${key('market')} = lowest THEN $d_2
      WHEN ${key('compliance')} = lowest THEN $d_3
      ELSE $d_0 END) AS dimension,
    quality, materials, market, compliance
  FROM own
),
visits AS (
  SELECT * FROM study_visits
  WHERE visit_date <= CAST($to AS DATE) AND visiting_council_id <> host_council_id
),
hosted AS (SELECT host_council_id, count(*)::INTEGER AS visits_hosted FROM visits GROUP BY host_council_id),
shown AS (
  SELECT host_council_id, visiting_council_id, practice_id, min(visit_date) AS first_seen
  FROM (SELECT host_council_id, visiting_council_id, visit_date, unnest(practice_ids) AS practice_id FROM visits)
  GROUP BY host_council_id, visiting_council_id, practice_id
),
exposures AS (
  SELECT s.host_council_id, s.practice_id,
    EXISTS (
      SELECT 1 FROM adoptions a
      WHERE a.council_id = s.visiting_council_id AND a.practice_id = s.practice_id
        AND a.stage IN ($stage_a, $stage_b) AND a.adopted_on >= s.first_seen
    ) AS adopted
  FROM shown s
),
per_host AS (
  SELECT host_council_id, count(DISTINCT practice_id)::INTEGER AS practices_shown,
    count(*) AS exposed, count(*) FILTER (WHERE adopted) AS adopted
  FROM exposures GROUP BY host_council_id
),
candidates AS (
  SELECT s.council_id,
    CASE ch.dimension WHEN $d_0 THEN s.quality WHEN $d_1 THEN s.materials WHEN $d_2 THEN s.market ELSE s.compliance END AS dimension_score,
    CASE ch.dimension WHEN $d_0 THEN ch.quality WHEN $d_1 THEN ch.materials WHEN $d_2 THEN ch.market ELSE ch.compliance END AS own_score,
    s.n AS products_assessed,
    coalesce(h.visits_hosted, 0)::INTEGER AS visits_hosted,
    coalesce(p.practices_shown, 0)::INTEGER AS practices_shown,
    CAST(p.adopted AS DOUBLE) / CAST(p.exposed AS DOUBLE) AS adoption_rate,
    ch.dimension, r.name AS region_name, s.council_name
  FROM stats s
  CROSS JOIN chosen ch
  LEFT JOIN hosted h ON h.host_council_id = s.council_id
  LEFT JOIN per_host p ON p.host_council_id = s.council_id
  LEFT JOIN regions r ON r.code = s.region_code
  WHERE s.council_id <> $council AND s.n >= $min_products
),
ranked AS (
  SELECT council_id,
    row_number() OVER (ORDER BY ${key('dimension_score')} DESC, adoption_rate DESC NULLS LAST, visits_hosted DESC, council_id)::INTEGER AS rank,
    dimension_score, dimension_score - own_score AS gap, products_assessed, visits_hosted, practices_shown,
    adoption_rate, dimension, region_name, council_name, FALSE AS unknown_council
  FROM candidates
)
SELECT * FROM ranked
UNION ALL
-- The marker row of an unknown council (then there are no candidates either).
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TRUE
WHERE NOT EXISTS (SELECT 1 FROM target)
ORDER BY rank`;
  return { sql, params };
}
