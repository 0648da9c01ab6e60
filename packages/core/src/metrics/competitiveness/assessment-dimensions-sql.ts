/** The SQL expressions `assessmentDimensionsSql` reads, one per input of the dimensions. */
export interface AssessmentColumnsSql {
  /** `design + craftsmanship + packaging` of the assessment. */
  readonly designCraftsmanshipPackaging: string;
  readonly material: string;
  readonly marketReadiness: string;
  /** The product's `local_material_share`, `channels` and `certifications`. */
  readonly localMaterialShare: string;
  readonly channels: string;
  readonly certifications: string;
  /** A predicate that is false for a product without an assessment (its compliance is null). */
  readonly assessed: string;
}

/**
 * The SQL select list of `assessmentDimensions`: the integer points `quality_points`,
 * `market_points`, `compliance_points` and the dimensions `quality`, `materials`, `market`,
 * `compliance`, from the given column expressions, with the same operations in the same order
 * as the TypeScript so that both engines agree to the last bits.
 *
 *     assessmentDimensionsSql({ designCraftsmanshipPackaging: 'a.design + a.craftsmanship + a.packaging',
 *       material: 'a.material', marketReadiness: 'a.market_readiness', localMaterialShare:
 *       'p.local_material_share', channels: 'p.channels', certifications: 'p.certifications', assessed: 'true' })
 *     // '(a.design + a.craftsmanship + a.packaging - 3)::INTEGER AS quality_points, ...'
 */
export function assessmentDimensionsSql(columns: AssessmentColumnsSql): string {
  const c = columns;
  return `(${c.designCraftsmanshipPackaging} - 3)::INTEGER AS quality_points,
      (5 * (${c.marketReadiness} - 1) + 4 * len(list_distinct(coalesce(${c.channels}, []))))::INTEGER AS market_points,
      CASE WHEN NOT (${c.assessed}) THEN NULL
        ELSE least(len(list_distinct(coalesce(${c.certifications}, []))), 3)::INTEGER END AS compliance_points,
      quality_points / 12.0::DOUBLE AS quality,
      ((${c.material} - 1) / 4.0::DOUBLE + ${c.localMaterialShare}::DOUBLE) / 2.0::DOUBLE AS materials,
      market_points / 40.0::DOUBLE AS market,
      compliance_points / 3.0::DOUBLE AS compliance`;
}
