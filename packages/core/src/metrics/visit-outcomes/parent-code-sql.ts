/**
 * The SQL of `parentCode` (regions/code.ts) over the VARCHAR expression `column`: the code
 * without its last part, NULL for a province.
 *
 *     parentCodeSql('c.region_code') // "CASE WHEN strpos(c.region_code, '.') > 0 THEN ... END"
 */
export function parentCodeSql(column: string): string {
  return `CASE WHEN strpos(${column}, '.') > 0 THEN regexp_replace(${column}, '\\.[^.]*$', '') END`;
}
