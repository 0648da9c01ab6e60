import { derivedWholeYears, regionRangeSql } from '../derived-period.js';
import { inRegionSql } from '../in-region-sql.js';
import { regionKeySql } from '../region-key-sql.js';
import { rowKeysSql } from '../row-keys-sql.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';

/**
 * DuckDB SQL of `reach`: the same rows in the same order, counts as INTEGER and rates as DOUBLE
 * (null over nothing). Every value is a bound parameter; the `year` predicate lets DuckDB skip
 * the participation partitions outside the period.
 *
 *     reachSql({ region: '36', from: '2024-01-01', to: '2024-12-31', by: 'region' })
 *     // { sql: 'WITH ent AS (...) SELECT keys.k AS region_code, ...', params: { region: '36', ... } }
 */
export function reachSql(options: MetricOptions): SqlQuery {
  const { region, from, to, by, type, council, category } = options;
  const params: Record<string, SqlValue> = {
    region,
    from,
    to,
    type: type ?? null,
    council: council ?? null,
    category: category ?? null,
  };
  const keyField = by === undefined || by === 'region' ? 'region_code' : by;
  const enterpriseKey =
    by === 'region'
      ? regionKeySql('region_code')
      : by === 'craft_category'
        ? 'craft_category'
        : '$region';
  const participationKey = by === 'program_type' ? 'pr.program_type' : 'el.k';
  // A program type's row keeps the region's eligible counts, tallied under the key `$region`.
  const eligibleKey = by === 'program_type' ? '$region' : 'keys.k';
  const keys = rowKeysSql(by, params);
  const years = derivedWholeYears(options);
  if (years) {
    // The derived path reads years, not the dates of `from` (an unused parameter is an error).
    delete params.from;
    params.from_year = years.fromYear;
    params.to_year = years.toYear;
  }
  const rate = (part: string, whole: string) =>
    `CASE WHEN coalesce(${whole}, 0) > 0 THEN CAST(coalesce(${part}, 0) AS DOUBLE) / ${whole} END`;
  const share = (name: string, column: string) => `
  ${rate(`ra.${column}`, 'ra.n')} AS ${name}_share_reached,
  ${rate(`ea.${column}`, 'ea.n')} AS ${name}_share_eligible,
  CASE WHEN coalesce(ra.n, 0) > 0 AND coalesce(ea.${column}, 0) > 0
    THEN (CAST(coalesce(ra.${column}, 0) AS DOUBLE) / ra.n) / (CAST(ea.${column} AS DOUBLE) / ea.n) END AS ${name}_representation`;
  const sql = `WITH
ent AS (
  SELECT enterprise_id, size_class, registered_on <= CAST($to AS DATE) AS ent_eligible, ${enterpriseKey} AS k
  FROM enterprises
  WHERE ${inRegionSql('region_code')}
    AND ($category IS NULL OR craft_category = $category)
),
${years ? derivedParts(enterpriseKey, by) : baseParts(participationKey)}
ea AS (
  SELECT k, count(*) AS n,
    count(*) FILTER (WHERE female) AS female,
    count(*) FILTER (WHERE micro) AS micro,
    count(*) FILTER (WHERE youth) AS youth
  FROM elig GROUP BY k
),
ee AS (SELECT k, count(*) AS n FROM ent WHERE ent_eligible GROUP BY k),
ra AS (
  SELECT r.k, count(*) AS n,
    count(*) FILTER (WHERE el.female) AS female,
    count(*) FILTER (WHERE el.micro) AS micro,
    count(*) FILTER (WHERE el.youth) AS youth,
    count(DISTINCT el.enterprise_id) FILTER (WHERE el.ent_eligible) AS enterprises
  FROM reached r JOIN elig el ON el.artisan_id = r.artisan_id
  GROUP BY r.k
),
cp AS (${
    years
      ? 'SELECT k, CAST(sum(participations) AS BIGINT) AS n, CAST(sum(completed) AS BIGINT) AS completed FROM part GROUP BY k'
      : 'SELECT k, count(*) AS n, count(*) FILTER (WHERE completed) AS completed FROM part GROUP BY k'
  })
SELECT
  keys.k AS ${keyField},
  CAST(coalesce(ea.n, 0) AS INTEGER) AS eligible_artisans,
  CAST(coalesce(ra.n, 0) AS INTEGER) AS reached_artisans,
  ${rate('ra.n', 'ea.n')} AS reach_rate,
  CAST(coalesce(ee.n, 0) AS INTEGER) AS eligible_enterprises,
  CAST(coalesce(ra.enterprises, 0) AS INTEGER) AS reached_enterprises,
  ${rate('ra.enterprises', 'ee.n')} AS enterprise_reach_rate,${share('female', 'female')},${share('micro', 'micro')},${share('youth', 'youth')},
  ${rate('cp.completed', 'cp.n')} AS completion_rate
FROM ${keys}
LEFT JOIN ea ON ea.k = ${eligibleKey}
LEFT JOIN ee ON ee.k = ${eligibleKey}
LEFT JOIN ra ON ra.k = keys.k
LEFT JOIN cp ON cp.k = keys.k
ORDER BY keys.ord`;
  return { sql, params };
}

/** The eligible artisans and the counted participations, from the base tables. */
function baseParts(participationKey: string): string {
  return `elig AS (
  SELECT a.artisan_id, a.enterprise_id, e.k, e.ent_eligible,
    a.gender = 'F' AS female,
    e.size_class = 'micro' AS micro,
    year(CAST($to AS DATE)) - a.birth_year < 30 AS youth
  FROM artisans a JOIN ent e ON a.enterprise_id = e.enterprise_id
  WHERE a.registered_on <= CAST($to AS DATE)
),
part AS (
  SELECT el.artisan_id, ${participationKey} AS k, p.completed
  FROM participations p
  JOIN programs pr ON pr.program_id = p.program_id
  JOIN elig el ON el.artisan_id = p.artisan_id
  WHERE p.year BETWEEN year(CAST($from AS DATE)) AND year(CAST($to AS DATE))
    AND p.enrolled_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
    AND ($type IS NULL OR pr.program_type = $type)
    AND ($council IS NULL OR pr.council_id = $council)
),
reached AS (SELECT DISTINCT artisan_id, k FROM part),`;
}

/**
 * The same from the derived tables: `artisan_facts` (an artisan with its enterprise's columns)
 * and `artisan_years` (per artisan, year, program type and council: participation rows and
 * completed ones), both sorted by region code, so that the range predicate skips other regions.
 */
function derivedParts(enterpriseKey: string, by: MetricOptions['by']): string {
  const scope = `${inRegionSql('region_code')} AND ${regionRangeSql('region_code')}
    AND ($category IS NULL OR craft_category = $category)
    AND registered_on <= CAST($to AS DATE)`;
  return `elig AS (
  SELECT artisan_id, enterprise_id, ${enterpriseKey} AS k,
    enterprise_registered_on <= CAST($to AS DATE) AS ent_eligible,
    gender = 'F' AS female,
    size_class = 'micro' AS micro,
    year(CAST($to AS DATE)) - birth_year < 30 AS youth
  FROM artisan_facts
  WHERE ${scope}
),
part AS (
  SELECT artisan_id, ${by === 'program_type' ? 'program_type' : enterpriseKey} AS k, participations, completed
  FROM artisan_years
  WHERE year BETWEEN $from_year AND $to_year AND ${scope}
    AND ($type IS NULL OR program_type = $type)
    AND ($council IS NULL OR council_id = $council)
),
reached AS (SELECT DISTINCT artisan_id, k FROM part),`;
}
