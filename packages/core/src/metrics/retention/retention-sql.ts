import { regionRangeSql } from '../derived-period.js';
import { inRegionSql } from '../in-region-sql.js';
import { regionKeySql } from '../region-key-sql.js';
import { rowKeysSql } from '../row-keys-sql.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';

/**
 * DuckDB SQL of `retention`: the same rows in the same order. `Y` comes from `to` and is bound
 * as dates, so the SQL never computes a year of its own. With derived tables
 * (`options.derived`) the reached of `Y` and `Y + 1` come from `artisan_years` (participations
 * already joined to programs, artisans and enterprises): the same rows, without the joins.
 *
 *     retentionSql({ region: '36', from: '2023-01-01', to: '2023-12-31' }).params.year // 2023
 */
export function retentionSql(options: MetricOptions): SqlQuery {
  const { region, to, by, type, council, category } = options;
  const year = Number(to.slice(0, 4));
  const params: Record<string, SqlValue> = {
    region,
    year,
    year_start: `${year}-01-01`,
    year_end: `${year}-12-31`,
    next_start: `${year + 1}-01-01`,
    next_end: `${year + 1}-12-31`,
    type: type ?? null,
    council: council ?? null,
    category: category ?? null,
  };
  const keyField = by === undefined || by === 'region' ? 'region_code' : by;
  const enterpriseKey =
    by === 'region'
      ? regionKeySql('e.region_code')
      : by === 'craft_category'
        ? 'e.craft_category'
        : '$region';
  const keys = rowKeysSql(by, params);
  // The derived path reads `year` only: an unused parameter is an error.
  if (options.derived) {
    delete params.year_start;
    delete params.next_start;
    delete params.next_end;
  }
  const sql = `WITH
${options.derived ? derivedReached(by) : baseReached(enterpriseKey)}agg AS (
  SELECT r.k, count(*) AS reached, count(n.artisan_id) AS retained
  FROM reached r LEFT JOIN next_year n ON n.artisan_id = r.artisan_id
  GROUP BY r.k
)
SELECT
  keys.k AS ${keyField},
  CAST(coalesce(agg.reached, 0) AS INTEGER) AS reached,
  CAST(coalesce(agg.retained, 0) AS INTEGER) AS retained,
  CASE WHEN coalesce(agg.reached, 0) > 0 THEN CAST(agg.retained AS DOUBLE) / agg.reached END AS retention_rate
FROM ${keys}
LEFT JOIN agg ON agg.k = keys.k
ORDER BY keys.ord`;
  return { sql, params };
}

/** The reached of year `Y` and those of them reached in `Y + 1`, from the base tables. */
function baseReached(enterpriseKey: string): string {
  return `elig AS (
  SELECT a.artisan_id, ${enterpriseKey} AS k
  FROM artisans a JOIN enterprises e ON a.enterprise_id = e.enterprise_id
  WHERE ${inRegionSql('e.region_code')}
    AND ($category IS NULL OR e.craft_category = $category)
    AND a.registered_on <= CAST($year_end AS DATE)
),
reached AS (
  SELECT DISTINCT el.artisan_id, el.k
  FROM participations p
  JOIN programs pr ON pr.program_id = p.program_id
  JOIN elig el ON el.artisan_id = p.artisan_id
  WHERE p.year = $year
    AND p.enrolled_on BETWEEN CAST($year_start AS DATE) AND CAST($year_end AS DATE)
    AND ($type IS NULL OR pr.program_type = $type)
    AND ($council IS NULL OR pr.council_id = $council)
),
next_year AS (
  SELECT DISTINCT p.artisan_id
  FROM participations p JOIN programs pr ON pr.program_id = p.program_id
  WHERE p.year = $year + 1
    AND p.enrolled_on BETWEEN CAST($next_start AS DATE) AND CAST($next_end AS DATE)
    -- Only the reached can be retained: a semi-join keeps a national year of rows out of the DISTINCT.
    AND p.artisan_id IN (SELECT artisan_id FROM reached)
),`;
}

/** The same from `artisan_years`, whose rows carry the artisan's enterprise and program. */
function derivedReached(by: MetricOptions['by']): string {
  const key =
    by === 'region'
      ? regionKeySql('region_code')
      : by === 'craft_category'
        ? 'craft_category'
        : '$region';
  return `reached AS (
  SELECT DISTINCT artisan_id, ${key} AS k
  FROM artisan_years
  WHERE year = $year AND ${inRegionSql('region_code')} AND ${regionRangeSql('region_code')}
    AND ($category IS NULL OR craft_category = $category)
    AND registered_on <= CAST($year_end AS DATE)
    AND ($type IS NULL OR program_type = $type)
    AND ($council IS NULL OR council_id = $council)
),
next_year AS (
  -- An artisan's rows all carry its enterprise's one region code, so the scope's range also
  -- bounds its next year's rows: the scan skips the rest of the country before the semi-join.
  SELECT DISTINCT artisan_id FROM artisan_years
  WHERE year = $year + 1 AND ${regionRangeSql('region_code')}
    AND artisan_id IN (SELECT artisan_id FROM reached)
),`;
}
