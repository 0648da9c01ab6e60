import { derivedWholeYears, regionRangeSql } from '../derived-period.js';
import { inRegionSql } from '../in-region-sql.js';
import { regionKeySql } from '../region-key-sql.js';
import { rowKeysSql } from '../row-keys-sql.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';

/**
 * DuckDB SQL of `reach`: the same rows in the same order, counts as INTEGER and rates as DOUBLE
 * (null over nothing). Every value is a bound parameter; the `year` predicate lets DuckDB skip
 * the participation partitions outside the period. Over derived tables, one whole year without
 * filters sums the rows of `reach_region_years`; other whole years read `artisan_facts` and
 * `artisan_years`; any other period, the base tables.
 *
 *     reachSql({ region: '36', from: '2024-01-01', to: '2024-12-31', by: 'region' })
 *     // { sql: 'WITH ent AS (...) SELECT keys.k AS region_code, ...', params: { region: '36', ... } }
 */
export function reachSql(options: MetricOptions): SqlQuery {
  const rollupYear = reachRegionYear(options);
  if (rollupYear !== null) return reachRegionYearsSql(options, rollupYear);
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
${reachSelect(keyField, keys, eligibleKey)}`;
  return { sql, params };
}

/**
 * The reach rows from the CTEs `ea` (eligible artisans: `n`, `female`, `micro`, `youth`), `ee`
 * (eligible enterprises), `ra` (reached artisans, and `enterprises`) and `cp` (participations
 * `n`, `completed`), each keyed by `k`, joined to the row keys.
 */
function reachSelect(keyField: string, keys: string, eligibleKey: string): string {
  const rate = (part: string, whole: string) =>
    `CASE WHEN coalesce(${whole}, 0) > 0 THEN CAST(coalesce(${part}, 0) AS DOUBLE) / ${whole} END`;
  const share = (name: string, column: string) => `
  ${rate(`ra.${column}`, 'ra.n')} AS ${name}_share_reached,
  ${rate(`ea.${column}`, 'ea.n')} AS ${name}_share_eligible,
  CASE WHEN coalesce(ra.n, 0) > 0 AND coalesce(ea.${column}, 0) > 0
    THEN (CAST(coalesce(ra.${column}, 0) AS DOUBLE) / ra.n) / (CAST(ea.${column} AS DOUBLE) / ea.n) END AS ${name}_representation`;
  return `SELECT
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
}

/**
 * The year whose reach `reach_region_years` holds for `options`: one whole calendar year inside
 * the derived tables' span, no filter, and rows for the region or its children. Else null.
 */
function reachRegionYear(options: MetricOptions): number | null {
  const { derived, by, type, council, category } = options;
  if (!derived?.laterTables?.includes('reach_region_years')) return null;
  if (type !== undefined || council !== undefined || category !== undefined) return null;
  if (by !== undefined && by !== 'region') return null;
  const years = derivedWholeYears(options);
  if (years === null || years.fromYear !== years.toYear) return null;
  const year = years.fromYear;
  return year >= derived.firstYear && year <= derived.lastYear ? year : null;
}

/**
 * Reach of one whole year from `reach_region_years`: each count of the scope (or of each child)
 * is the sum of its region codes' rows, since every artisan and enterprise has one code; the
 * rates are then computed as from the rows themselves.
 */
function reachRegionYearsSql(options: MetricOptions, year: number): SqlQuery {
  const params: Record<string, SqlValue> = { region: options.region, year };
  const keyField = 'region_code';
  const key = options.by === 'region' ? regionKeySql('region_code') : '$region';
  const keys = rowKeysSql(options.by, params);
  const sum = (column: string) => `CAST(sum(${column}) AS BIGINT) AS ${column}`;
  const sql = `WITH
sums AS (
  SELECT ${key} AS k, ${sum('eligible_artisans')}, ${sum('eligible_female')}, ${sum('eligible_micro')},
    ${sum('eligible_youth')}, ${sum('eligible_enterprises')}, ${sum('reached_artisans')},
    ${sum('reached_female')}, ${sum('reached_micro')}, ${sum('reached_youth')},
    ${sum('reached_enterprises')}, ${sum('participations')}, ${sum('completed')}
  FROM reach_region_years
  WHERE year = $year AND ${inRegionSql('region_code')} AND ${regionRangeSql('region_code')}
  GROUP BY k
),
ea AS (SELECT k, eligible_artisans AS n, eligible_female AS female, eligible_micro AS micro, eligible_youth AS youth FROM sums),
ee AS (SELECT k, eligible_enterprises AS n FROM sums),
ra AS (
  SELECT k, reached_artisans AS n, reached_female AS female, reached_micro AS micro,
    reached_youth AS youth, reached_enterprises AS enterprises
  FROM sums
),
cp AS (SELECT k, participations AS n, completed FROM sums)
${reachSelect(keyField, keys, 'keys.k')}`;
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
