import { nationalScope } from '../regions/national-scope.js';

/**
 * SQL predicate "`$region` is the national scope" (every code lies in it). DuckDB folds the
 * bound `$region` into a constant before planning, so at a province this is `FALSE` and the
 * predicates it guards keep their pruning.
 *
 *     nationalScopeSql() // "$region = 'ID'"
 */
export function nationalScopeSql(): string {
  return `$region = '${nationalScope}'`;
}

/**
 * SQL predicate "the code in `column` lies in `$region`" (`$region` is the national scope, or
 * the code equals `$region` or starts with `$region.`), the twin of `isInRegion`.
 *
 *     inRegionSql('e.region_code')
 *     // "($region = 'ID' OR e.region_code = $region OR starts_with(e.region_code, $region || '.'))"
 */
export function inRegionSql(column: string): string {
  return `(${nationalScopeSql()} OR ${column} = $region OR starts_with(${column}, $region || '.'))`;
}
