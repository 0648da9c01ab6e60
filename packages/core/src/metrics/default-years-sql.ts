import type { MetricName, SqlQuery } from './types.js';

/**
 * DuckDB SQL for `defaultYears`: one row `{ first_year, last_year }` (INTEGER, both null when the
 * tables are empty). It reads the `year` partition column so that DuckDB answers from the Hive
 * paths instead of scanning dates.
 *
 *     defaultYearsSql('reach').sql // 'SELECT max(year) ... FROM participations'
 */
export function defaultYearsSql(metric: MetricName): SqlQuery {
  if (metric !== 'impact' && metric !== 'event_study') {
    return {
      sql: 'SELECT CAST(max(year) AS INTEGER) AS first_year, CAST(max(year) AS INTEGER) AS last_year FROM participations',
      params: {},
    };
  }
  return {
    sql: `SELECT CAST(min(y) AS INTEGER) AS first_year, CAST(max(y) AS INTEGER) AS last_year FROM (
  SELECT year AS y FROM participations UNION ALL SELECT year AS y FROM outcomes
)`,
    params: {},
  };
}
