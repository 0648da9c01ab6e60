import { certifications, channels, pciDimensions } from '../../domain/enums.js';
import { derivedYearEnd } from '../derived-period.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';
import { adviceCouncil } from './advice-council.js';
import { adoptedStages, adviceMinProducts } from './advice.js';
import { distinctCountSql } from './distinct-count-sql.js';

/**
 * The DuckDB SQL of `advice`: the working rows (numbers plus `dimension`, `region_name` and
 * `council_name`) in rank order; the metric's `finish` (`finishAdvice`) attaches the sentences.
 * An unknown council gives one marker row (`unknown_council` true) on which `finishAdvice` raises
 * the same `MetricOptionsError` as the TypeScript, so that every surface reports it alike.
 *
 * Every council's region is read, so every product of the dataset is scored, once, and only for
 * what the ranking needs. First the advised council's own products, on all four dimensions, to
 * find its weakest (the default `d`); then each product's latest assessment by `to` nationally,
 * but only the one value `d` needs (`arg_max` over the key (product_id, assessed_on); none at all
 * for compliance, which needs only an assessment to exist), summed per enterprise region code;
 * each code's sums then go to the councils whose region holds it (the code itself and each of its
 * dotted prefixes): a few thousand rows instead of councils × products. Quality, market and
 * compliance stay integer sums until the one division, as in `dimensionMeans`.
 *
 * With derived tables covering `to`'s year-end (`derivedYearEnd(options)`), the advised
 * council's products come from `product_years` (latest assessments ranked once when the dataset
 * was written) and every region code's sums from `product_region_sums`: neither the two million
 * assessments nor the product and enterprise joins are touched, and the same sums come out.
 *
 *     adviceSql({ region: '36', from: '2024-01-01', to: '2024-12-31', council: 'C3601' })
 *     // { sql: 'WITH latest AS (...) ... ORDER BY rank', params: { council: 'C3601', ... } }
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
  const channelCount = distinctCountSql('p.channels', 'channel', channels, params);
  const certificationCount = distinctCountSql(
    'p.certifications',
    'certification',
    certifications,
    params,
  );
  const ownRegion = '(SELECT region_code FROM target)';
  const derived = derivedYearEnd(options) !== null;
  // The derived sums already count channels and certifications: their values are then unused
  // parameters, which DuckDB refuses.
  if (derived) {
    for (const name of Object.keys(params)) {
      if (name.startsWith('channel_') || name.startsWith('certification_')) delete params[name];
    }
  }
  const ownBase = `-- The advised council's own products, all four dimensions (its weakest is the default).
-- The IS NOT NULL filters change nothing (a code-less enterprise is in no region) but lower
-- DuckDB's estimate, so that it hashes these few products and streams the assessments past them.
own_products AS (
  SELECT p.product_id, p.local_material_share, p.certifications, p.channels
  FROM products p
  JOIN (
    SELECT enterprise_id FROM enterprises
    WHERE region_code IS NOT NULL AND enterprise_id IS NOT NULL
      AND (region_code = ${ownRegion} OR starts_with(region_code, ${ownRegion} || '.'))
  ) e ON e.enterprise_id = p.enterprise_id
),
own_latest AS (
  SELECT product_id,
    arg_max(design + craftsmanship + packaging - 3, assessed_on) AS quality_points,
    arg_max(material, assessed_on) AS material,
    arg_max(market_readiness, assessed_on) AS market_readiness
  FROM assessments
  WHERE year <= $to_year AND assessed_on <= CAST($to AS DATE)
    AND product_id IN (SELECT product_id FROM own_products)
  GROUP BY product_id
),
own_scored AS (
  SELECT l.product_id, l.quality_points,
    ((l.material - 1) / 4.0::DOUBLE + p.local_material_share::DOUBLE) / 2.0::DOUBLE AS materials,
    5 * (l.market_readiness - 1) + 4 * ${channelCount} AS market_points,
    least(${certificationCount}, 3) AS compliance_points
  FROM own_latest l JOIN own_products p ON p.product_id = l.product_id
),
`;
  // The advised council's means from the per-code sums: integer sums as in \`own\` above.
  const ownDerived = `own AS (
  SELECT t.council_id,
    CASE WHEN sum(s.products) > 0 THEN CAST(100 * sum(s.quality_points) AS DOUBLE) / CAST(12 * sum(s.products) AS DOUBLE) END AS quality,
    CASE WHEN sum(s.products) > 0 THEN (100 * sum(s.materials)) / sum(s.products) END AS materials,
    CASE WHEN sum(s.products) > 0 THEN CAST(100 * sum(s.market_points) AS DOUBLE) / CAST(40 * sum(s.products) AS DOUBLE) END AS market,
    CASE WHEN sum(s.products) > 0 THEN CAST(100 * sum(s.compliance_points) AS DOUBLE) / CAST(3 * sum(s.products) AS DOUBLE) END AS compliance
  FROM target t
  LEFT JOIN product_region_sums s ON s.year = $to_year
    AND (s.region_code = t.region_code OR starts_with(s.region_code, t.region_code || '.'))
  GROUP BY t.council_id
),
`;
  const ownSums = `own AS (
  SELECT t.council_id,
    CASE WHEN count(a.product_id) > 0 THEN CAST(100 * sum(a.quality_points) AS DOUBLE) / CAST(12 * count(a.product_id) AS DOUBLE) END AS quality,
    CASE WHEN count(a.product_id) > 0 THEN (100 * sum(a.materials)) / count(a.product_id) END AS materials,
    CASE WHEN count(a.product_id) > 0 THEN CAST(100 * sum(a.market_points) AS DOUBLE) / CAST(40 * count(a.product_id) AS DOUBLE) END AS market,
    CASE WHEN count(a.product_id) > 0 THEN CAST(100 * sum(a.compliance_points) AS DOUBLE) / CAST(3 * count(a.product_id) AS DOUBLE) END AS compliance
  FROM target t LEFT JOIN own_scored a ON TRUE
  GROUP BY t.council_id
),
`;
  const codeBase = `-- Every council's products, nationally, but only what the chosen dimension needs: one value of
-- each product's latest assessment (none for compliance, which only needs one to exist), then
-- sums per enterprise region code (quality, market, compliance stay integers until the division).
latest AS (
  SELECT a.product_id,
    arg_max(CASE (SELECT dimension FROM chosen)
        WHEN $d_0 THEN a.design + a.craftsmanship + a.packaging - 3
        WHEN $d_1 THEN a.material
        ELSE a.market_readiness END, a.assessed_on) FILTER (WHERE (SELECT dimension FROM chosen) <> $d_3) AS v
  FROM assessments a
  WHERE a.year <= $to_year AND a.assessed_on <= CAST($to AS DATE)
  GROUP BY a.product_id
),
by_code AS (
  SELECT e.region_code, count(*) AS n,
    sum(CASE (SELECT dimension FROM chosen)
        WHEN $d_0 THEN l.v
        WHEN $d_2 THEN 5 * (l.v - 1) + 4 * ${channelCount}
        WHEN $d_3 THEN least(${certificationCount}, 3) END) AS points,
    sum(CASE WHEN (SELECT dimension FROM chosen) = $d_1
        THEN ((l.v - 1) / 4.0::DOUBLE + p.local_material_share::DOUBLE) / 2.0::DOUBLE END) AS materials
  FROM latest l
  JOIN products p ON p.product_id = l.product_id
  -- As above: no region, no council; and DuckDB then hashes the enterprises, not a million products.
  JOIN (SELECT enterprise_id, region_code FROM enterprises WHERE region_code IS NOT NULL) e
    ON e.enterprise_id = p.enterprise_id
  GROUP BY e.region_code
),
`;
  // Per region code, the sums of every dimension were taken when the dataset was written.
  const codeDerived = `-- Every council's products, nationally: per enterprise region code, the assessed products'
-- points summed by the dataset's derived table; only the chosen dimension's sum is taken.
by_code AS (
  SELECT region_code, products AS n,
    CASE (SELECT dimension FROM chosen)
      WHEN $d_0 THEN quality_points
      WHEN $d_2 THEN market_points
      WHEN $d_3 THEN compliance_points END AS points,
    CASE WHEN (SELECT dimension FROM chosen) = $d_1 THEN materials END AS materials
  FROM product_region_sums
  WHERE year = $to_year
),
`;
  const sql = `
WITH target AS (SELECT council_id, region_code FROM councils WHERE council_id = $council),
${derived ? ownDerived : ownBase + ownSums}lowest AS (
  SELECT *, least(${key('quality')}, ${key('materials')}, ${key('market')}, ${key('compliance')}) AS lowest
  FROM own
),
chosen AS (
  SELECT coalesce(CAST($dimension AS VARCHAR), CASE
      WHEN ${key('quality')} = lowest THEN $d_0
      WHEN ${key('materials')} = lowest THEN $d_1
      WHEN ${key('market')} = lowest THEN $d_2
      WHEN ${key('compliance')} = lowest THEN $d_3
      ELSE $d_0 END) AS dimension,
    quality, materials, market, compliance
  FROM lowest
),
${derived ? codeDerived : codeBase}prefixes AS (
  SELECT region_code, array_to_string(parts[1:i], '.') AS prefix
  FROM (
    SELECT region_code, parts, unnest(generate_series(1, len(parts))) AS i
    FROM (SELECT region_code, string_split(region_code, '.') AS parts FROM by_code)
  )
),
-- Each code under every council region that holds it: the code itself and its dotted prefixes.
in_council AS (
  SELECT x.prefix AS council_region, b.* FROM prefixes x JOIN by_code b ON b.region_code = x.region_code
),
stats AS (
  SELECT c.council_id, c.region_code, c.name AS council_name, coalesce(sum(b.n), 0)::INTEGER AS n,
    sum(b.points) AS points, sum(b.materials) AS materials
  FROM councils c
  LEFT JOIN in_council b ON b.council_region = c.region_code
  GROUP BY c.council_id, c.region_code, c.name
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
    CASE ch.dimension
      WHEN $d_0 THEN CAST(100 * s.points AS DOUBLE) / CAST(12 * s.n AS DOUBLE)
      WHEN $d_1 THEN (100 * s.materials) / s.n
      WHEN $d_2 THEN CAST(100 * s.points AS DOUBLE) / CAST(40 * s.n AS DOUBLE)
      ELSE CAST(100 * s.points AS DOUBLE) / CAST(3 * s.n AS DOUBLE) END AS dimension_score,
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
