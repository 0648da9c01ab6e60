/**
 * SQL expression of the `by region` row of an entity coded `column`, inside scope `$region`:
 * `$region` itself for a code equal to it, else the child code (`$region` plus its next part),
 * the twin of `childOf(code, region) ?? region`. The caller keeps only codes in `$region`.
 *
 *     regionKeySql('e.region_code') // "CASE WHEN e.region_code = $region THEN $region ELSE ... END"
 */
export function regionKeySql(column: string): string {
  return `CASE WHEN ${column} = $region THEN $region ELSE $region || '.' || split_part(substr(${column}, length($region) + 2), '.', 1) END`;
}
