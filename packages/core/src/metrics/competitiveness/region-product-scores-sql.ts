import { derivedYearEnd, regionRangeSql } from '../derived-period.js';
import { inRegionSql } from '../in-region-sql.js';
import type { MetricOptions } from '../types.js';
import { productScoresSql } from './product-scores-sql.js';

/**
 * `productScoresSql` for the products of the enterprises in `$region` at `options.to`, as
 * competitiveness and the product strip plot read them: over the derived tables when they cover
 * `to`'s year-end (with the region range, since their rows are sorted by region, and from
 * `product_points` when the dataset holds it), else ranking the assessments. `readsDate` says
 * whether the SQL reads `$to`: the derived path reads only `$to_year`, and an unused bound
 * parameter is an error.
 *
 *     regionProductScoresSql({ to: '2024-12-31', derived: { firstYear: 2021, lastYear: 2025 } })
 *     // { sql: '\n    SELECT product_id, ... FROM product_years WHERE year = $to_year AND ...', readsDate: false }
 */
export function regionProductScoresSql(options: Pick<MetricOptions, 'to' | 'derived'>): {
  sql: string;
  readsDate: boolean;
} {
  const derivedYear = derivedYearEnd(options);
  if (derivedYear === null)
    return { sql: productScoresSql(inRegionSql('region_code')), readsDate: true };
  return {
    sql: productScoresSql(
      `${inRegionSql('region_code')} AND ${regionRangeSql('region_code')}`,
      derivedYear,
      options.derived?.laterTables?.includes('product_points') ?? false,
    ),
    readsDate: false,
  };
}
