/**
 * The SQL of `productScores` over every product with an enterprise, as a query to put in a CTE:
 * `product_id`, `craft_category`, `region_code` (the enterprise's), `assessed`, the integer
 * points `quality_points`, `market_points`, `compliance_points` and the dimensions `quality`,
 * `materials`, `market`, `compliance` (null when unassessed). Reads the bound `$to` (and `$to_year`
 * to prune the year partitions). Callers filter by region themselves.
 *
 *     `WITH scored AS (${productScoresSql()}) SELECT ... FROM scored WHERE ...`
 */
export function productScoresSql(): string {
  return `
    SELECT p.product_id, p.craft_category, e.region_code,
      a.product_id IS NOT NULL AS assessed,
      (a.design + a.craftsmanship + a.packaging - 3)::INTEGER AS quality_points,
      (5 * (a.market_readiness - 1) + 4 * len(list_distinct(coalesce(p.channels, []))))::INTEGER AS market_points,
      CASE WHEN a.product_id IS NULL THEN NULL
        ELSE least(len(list_distinct(coalesce(p.certifications, []))), 3)::INTEGER END AS compliance_points,
      quality_points / 12.0::DOUBLE AS quality,
      ((a.material - 1) / 4.0::DOUBLE + p.local_material_share::DOUBLE) / 2.0::DOUBLE AS materials,
      market_points / 40.0::DOUBLE AS market,
      compliance_points / 3.0::DOUBLE AS compliance
    FROM products p
    JOIN enterprises e ON e.enterprise_id = p.enterprise_id
    LEFT JOIN (
      SELECT * FROM assessments
      WHERE year <= $to_year AND assessed_on <= CAST($to AS DATE)
      QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY assessed_on DESC) = 1
    ) a ON a.product_id = p.product_id`;
}
