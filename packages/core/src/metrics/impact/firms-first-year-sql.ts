import { regionRangeSql } from '../derived-period.js';
import { inRegionSql } from '../in-region-sql.js';
import type { MetricOptions } from '../types.js';

/**
 * The CTEs `scope` (enterprises in `$region`) and `firms` (`enterprise_id`, `first_year`: the
 * year of its first participation, null when none) that impact and the event study start from,
 * the SQL twin of `firstParticipationYears` restricted to the region.
 *
 * With derived tables holding `enterprise_firsts` (`options.derived.laterTables`) both are the region's rows of `enterprise_firsts`,
 * where each enterprise's first year is computed once when the dataset is written (sorted by
 * region, so a province reads a few row groups). Without, work is kept to the enterprises of
 * `r`: their artisans first, then only those artisans' participations (a semi-join, so a
 * national year of rows never meets a join to all artisans), reduced to each artisan's first
 * year (the `year` partition column, the year of `enrolled_on`) and only then to each
 * enterprise's. First participation is "ever", so every year is read.
 *
 *     `WITH ${firmsFirstYearSql(options)}, years AS (...) SELECT ... FROM firms`
 */
export function firmsFirstYearSql(options: Pick<MetricOptions, 'derived'>): string {
  if (options.derived?.laterTables?.includes('enterprise_firsts')) {
    const inScope = `${inRegionSql('region_code')} AND ${regionRangeSql('region_code')}`;
    return `scope AS (
  SELECT DISTINCT enterprise_id FROM enterprise_firsts WHERE ${inScope}
),
firms AS (
  SELECT DISTINCT enterprise_id, first_year FROM enterprise_firsts WHERE ${inScope}
)`;
  }
  return `scope AS (
  SELECT DISTINCT enterprise_id FROM enterprises
  WHERE ${inRegionSql('region_code')}
),
scope_artisans AS (
  SELECT a.artisan_id, a.enterprise_id FROM artisans a SEMI JOIN scope s ON s.enterprise_id = a.enterprise_id
),
artisan_first AS (
  SELECT p.artisan_id, min(p.year) AS first_year
  FROM participations p SEMI JOIN scope_artisans sa ON sa.artisan_id = p.artisan_id
  GROUP BY p.artisan_id
),
first_year AS (
  SELECT sa.enterprise_id, min(f.first_year) AS first_year
  FROM artisan_first f JOIN scope_artisans sa ON sa.artisan_id = f.artisan_id
  GROUP BY sa.enterprise_id
),
firms AS (
  SELECT s.enterprise_id, f.first_year FROM scope s LEFT JOIN first_year f ON f.enterprise_id = s.enterprise_id
)`;
}
