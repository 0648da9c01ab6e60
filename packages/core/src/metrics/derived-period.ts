import { nationalScopeSql } from './in-region-sql.js';
import type { MetricOptions } from './types.js';

const yearOf = (date: string, suffix: string): number | null =>
  date.length === 10 && date.endsWith(suffix) ? Number(date.slice(0, 4)) : null;

/**
 * The years of the period when the metric SQL may read the derived `artisan_years`: the dataset
 * has derived tables and the period is whole calendar years (`from` a 1 January, `to` a
 * 31 December), so "enrolled in P" is "a year of P". Else null: the SQL reads the base tables.
 *
 *     derivedWholeYears({ region: '36', from: '2024-01-01', to: '2024-12-31', derived: { firstYear: 2021, lastYear: 2025 } })
 *     // { fromYear: 2024, toYear: 2024 }
 *     derivedWholeYears({ region: '36', from: '2024-03-01', to: '2024-12-31', derived })  // null
 */
export function derivedWholeYears(
  options: Pick<MetricOptions, 'from' | 'to' | 'derived'>,
): { fromYear: number; toYear: number } | null {
  if (!options.derived) return null;
  const fromYear = yearOf(options.from, '-01-01');
  const toYear = yearOf(options.to, '-12-31');
  if (fromYear === null || toYear === null || fromYear > toYear) return null;
  return { fromYear, toYear };
}

/**
 * The year-end the metric SQL may read from the derived `product_years`: `to` is 31 December of
 * a year the derived tables cover. Else null (the SQL ranks the assessments itself).
 *
 *     derivedYearEnd({ to: '2024-12-31', derived: { firstYear: 2021, lastYear: 2025 } }) // 2024
 *     derivedYearEnd({ to: '2024-06-30', derived: { firstYear: 2021, lastYear: 2025 } }) // null
 */
export function derivedYearEnd(options: Pick<MetricOptions, 'to' | 'derived'>): number | null {
  if (!options.derived) return null;
  const year = yearOf(options.to, '-12-31');
  if (year === null || year < options.derived.firstYear || year > options.derived.lastYear) {
    return null;
  }
  return year;
}

/**
 * SQL predicate implied by `inRegionSql(column)` (a code equal to `$region` or starting with
 * `$region.` lies between `$region` and `$region/`, '/' following '.'; at the national scope
 * every code), added where rows are sorted by region code so that DuckDB skips the row groups of
 * other regions. The bound `$region` is folded before planning, so at a province the scan still
 * gets the range as its filter.
 *
 *     regionRangeSql('region_code')
 *     // "($region = 'ID' OR (region_code >= $region AND region_code < ($region || '/')))"
 */
export function regionRangeSql(column: string): string {
  return `(${nationalScopeSql()} OR (${column} >= $region AND ${column} < ($region || '/')))`;
}
