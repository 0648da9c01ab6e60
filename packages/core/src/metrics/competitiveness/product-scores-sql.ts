import { assessmentDimensionsSql, type AssessmentColumnsSql } from './assessment-dimensions-sql.js';

/**
 * The columns of the derived `product_years` that `assessmentDimensionsSql` reads: the scores of
 * a product's latest assessment at a year-end and the product's own columns. The derived
 * `product_points` is written from the same expressions, so both give the same bits.
 *
 *     assessmentDimensionsSql(productYearsColumnsSql) // '(dcp - 3)::INTEGER AS quality_points, ...'
 */
export const productYearsColumnsSql: AssessmentColumnsSql = {
  designCraftsmanshipPackaging: 'dcp',
  material: 'material',
  marketReadiness: 'market_readiness',
  localMaterialShare: 'local_material_share',
  channels: 'channels',
  certifications: 'certifications',
  assessed: 'assessed',
};

/**
 * The SQL of `productScores`, as a query to put in a CTE: `product_id`, `craft_category`,
 * `region_code` (the enterprise's), `assessed`, the integer points `quality_points`,
 * `market_points`, `compliance_points` and the dimensions `quality`, `materials`, `market`,
 * `compliance` (null when unassessed). Reads the bound `$to` (and `$to_year` to prune the year
 * partitions: "latest by `to`, however old" needs every year up to `to`'s, never a later one).
 *
 * `scope`, a predicate over the enterprise's `region_code` (e.g. `inRegionSql('region_code')`),
 * keeps the products of those enterprises only, and does so before the latest assessments are
 * taken: only the assessments of those products are ranked, instead of every product's in the
 * country. Without it, every product with an enterprise (callers then filter themselves).
 *
 * With `derivedYear` (a year-end the dataset's derived tables cover, `derivedYearEnd(options)`),
 * the latest assessments are read from `product_years`, where they were ranked once when the
 * dataset was written: the same rows, from one partition and no join. With `fromPoints` too (the
 * dataset holds `product_points`), their points are read as computed then, with the same
 * divisions after, so the same bits.
 *
 *     `WITH scored AS (${productScoresSql(inRegionSql('region_code'))}) SELECT ... FROM scored`
 */
export function productScoresSql(
  scope?: string,
  derivedYear?: number | null,
  fromPoints = false,
): string {
  if (derivedYear !== undefined && derivedYear !== null && fromPoints) {
    return `
    SELECT product_id, craft_category, region_code, assessed, quality_points, market_points,
      compliance_points, quality_points / 12.0::DOUBLE AS quality, materials,
      market_points / 40.0::DOUBLE AS market, compliance_points / 3.0::DOUBLE AS compliance
    FROM product_points
    WHERE year = $to_year${scope === undefined ? '' : ` AND ${scope}`}`;
  }
  if (derivedYear !== undefined && derivedYear !== null) {
    return `
    SELECT product_id, craft_category, region_code, assessed,
      ${assessmentDimensionsSql(productYearsColumnsSql)}
    FROM product_years
    WHERE year = $to_year${scope === undefined ? '' : ` AND ${scope}`}`;
  }
  const enterprises =
    scope === undefined
      ? 'enterprises'
      : `(SELECT enterprise_id, region_code FROM enterprises WHERE ${scope})`;
  // Without a scope every product is kept, so a semi-join would only cost a probe per assessment.
  const ofScope =
    scope === undefined ? '' : 'AND product_id IN (SELECT product_id FROM scope_products)';
  // One arg_max per value: (product_id, assessed_on) is the table's key, so they all come from the
  // same (latest) assessment, and integers aggregate faster than a struct or a window.
  return `
    WITH scope_products AS (
      SELECT p.product_id, p.craft_category, e.region_code, p.local_material_share, p.certifications, p.channels
      FROM products p
      JOIN ${enterprises} e ON e.enterprise_id = p.enterprise_id
    ),
    latest AS (
      SELECT product_id,
        arg_max(design + craftsmanship + packaging, assessed_on) AS dcp,
        arg_max(material, assessed_on) AS material,
        arg_max(market_readiness, assessed_on) AS market_readiness
      FROM assessments
      WHERE year <= $to_year AND assessed_on <= CAST($to AS DATE) ${ofScope}
      GROUP BY product_id
    )
    SELECT p.product_id, p.craft_category, p.region_code,
      a.product_id IS NOT NULL AS assessed,
      ${assessmentDimensionsSql({
        designCraftsmanshipPackaging: 'a.dcp',
        material: 'a.material',
        marketReadiness: 'a.market_readiness',
        localMaterialShare: 'p.local_material_share',
        channels: 'p.channels',
        certifications: 'p.certifications',
        assessed: 'a.product_id IS NOT NULL',
      })}
    FROM scope_products p
    LEFT JOIN latest a ON a.product_id = p.product_id`;
}
