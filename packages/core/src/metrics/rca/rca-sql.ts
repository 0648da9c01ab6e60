import { regionRangeSql } from '../derived-period.js';
import { inRegionSql } from '../in-region-sql.js';
import { regionKeySql } from '../region-key-sql.js';
import { rowKeysSql } from '../row-keys-sql.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';

/**
 * The DuckDB SQL of `rca`: same rows, same order, same field names. Revenue is summed as
 * integers and only then cast to DOUBLE, so the sums are exact as in TypeScript. With derived
 * tables (`options.derived`) the outcomes come from `outcome_facts`, already joined to their
 * enterprise's region and category and sorted by region: the same rows without the join.
 *
 *     rcaSql({ region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // { sql: 'WITH x AS (...) SELECT region_code, craft_category, enterprises, revenue_idr, rca ...', params: {...} }
 */
export function rcaSql(options: MetricOptions): SqlQuery {
  const params: Record<string, SqlValue> = {
    region: options.region,
    year: Number(options.to.slice(0, 4)),
  };
  const categories = rowKeysSql('craft_category', params);
  const regions = rowKeysSql('region', params);
  const sql = `
WITH x AS (${
    options.derived
      ? `
  SELECT ${regionKeySql('region_code')} AS region_code, craft_category, enterprise_id, revenue_idr
  FROM outcome_facts
  WHERE year = $year AND ${inRegionSql('region_code')} AND ${regionRangeSql('region_code')}`
      : `
  SELECT ${regionKeySql('e.region_code')} AS region_code, e.craft_category, o.enterprise_id, o.revenue_idr
  FROM outcomes o JOIN enterprises e ON e.enterprise_id = o.enterprise_id
  WHERE o.year = $year AND ${inRegionSql('e.region_code')}`
  }
),
pair AS (
  SELECT region_code, craft_category, CAST(sum(revenue_idr) AS DOUBLE) AS x,
    CAST(count(DISTINCT enterprise_id) AS INTEGER) AS enterprises
  FROM x GROUP BY region_code, craft_category
),
by_region AS (SELECT region_code, CAST(sum(revenue_idr) AS DOUBLE) AS x FROM x GROUP BY region_code),
by_category AS (SELECT craft_category, CAST(sum(revenue_idr) AS DOUBLE) AS x FROM x GROUP BY craft_category),
total AS (SELECT CAST(sum(revenue_idr) AS DOUBLE) AS x FROM x)
SELECT keys.k AS region_code, c.k AS craft_category,
  coalesce(p.enterprises, 0)::INTEGER AS enterprises,
  coalesce(p.x, 0)::DOUBLE AS revenue_idr,
  coalesce(p.x, 0) / br.x / (bc.x / total.x) AS rca
FROM ${regions}
JOIN by_region br ON br.region_code = keys.k AND br.x > 0
CROSS JOIN (SELECT k, ord FROM ${categories}) AS c
JOIN by_category bc ON bc.craft_category = c.k AND bc.x > 0
CROSS JOIN total
LEFT JOIN pair p ON p.region_code = keys.k AND p.craft_category = c.k
ORDER BY keys.ord, c.ord`;
  return { sql, params };
}
