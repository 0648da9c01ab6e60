import { nationalScopeSql } from './in-region-sql.js';

/**
 * SQL expression of the `by region` row of an entity coded `column`, inside scope `$region`:
 * the province part at the national scope, `$region` itself for a code equal to it, else the
 * child code (`$region` plus its next part), the twin of `childOf(code, region) ?? region`. The
 * caller keeps only codes in `$region`.
 *
 *     regionKeySql('e.region_code')
 *     // "CASE WHEN $region = 'ID' THEN split_part(e.region_code, '.', 1) WHEN e.region_code = $region THEN $region ELSE ... END"
 */
export function regionKeySql(column: string): string {
  return `CASE WHEN ${nationalScopeSql()} THEN split_part(${column}, '.', 1) WHEN ${column} = $region THEN $region ELSE $region || '.' || split_part(substr(${column}, length($region) + 2), '.', 1) END`;
}
