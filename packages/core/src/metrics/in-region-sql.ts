/**
 * SQL predicate "the code in `column` lies in `$region`" (equal, or starts with `$region.`),
 * the twin of `isInRegion`.
 *
 *     inRegionSql('e.region_code') // "(e.region_code = $region OR starts_with(e.region_code, $region || '.'))"
 */
export function inRegionSql(column: string): string {
  return `(${column} = $region OR starts_with(${column}, $region || '.'))`;
}
