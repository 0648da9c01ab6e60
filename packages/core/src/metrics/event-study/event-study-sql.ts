import { firmsFirstYearSql } from '../impact/firms-first-year-sql.js';
import { outcomeField } from '../impact/outcome-field.js';
import { scopedOutcomesSql } from '../impact/scoped-outcomes-sql.js';
import type { MetricOptions, SqlQuery } from '../types.js';
import { defaultHorizon, eventTimes } from './event-times.js';

/**
 * The DuckDB SQL of the event study's group-time effects: the rows of `groupTimeEffects`
 * (`cohort`, `event_time`, `treated_n`, `comparison_n`, `att`, `se`), in the same order, which
 * `finishEventStudy` (the definition's `finish`) turns into the metric's rows. Outcomes are read
 * only for enterprises of `r`, only positive ones, and only in the years `g + e` and `g - 1` can
 * take.
 *
 *     eventStudySql({ region: '36', from: '2021-01-01', to: '2025-12-31' })
 *     // { sql: 'WITH scope AS (...) ...', params: { region: '36', from_year: 2021, to_year: 2025, events: [-3, -2, 0, 1, 2, 3] } }
 */
export function eventStudySql(options: MetricOptions): SqlQuery {
  // An identifier from the allowlist of outcomeField, never the caller's text.
  const field = outcomeField(options);
  const events = eventTimes(options.horizon ?? defaultHorizon);
  const outcomes = scopedOutcomesSql(field, options);
  const sql = `
WITH ${firmsFirstYearSql(options)},
cohorts AS (
  SELECT DISTINCT first_year AS g FROM firms
  WHERE first_year BETWEEN CAST($from_year AS INTEGER) AND CAST($to_year AS INTEGER)
),
cells AS (
  SELECT c.g, e.e, c.g + e.e AS t FROM cohorts c CROSS JOIN (SELECT unnest(CAST($events AS INTEGER[])) AS e) e
),
outcome AS (
  SELECT o.enterprise_id, o.year, CAST(o.${field} AS DOUBLE) AS v FROM ${outcomes.from}
  WHERE ${outcomes.where} AND o.${field} > 0
    AND o.year BETWEEN CAST($from_year AS INTEGER) - 1 - CAST($horizon AS INTEGER) AND CAST($to_year AS INTEGER) + CAST($horizon AS INTEGER)
),
observations AS (
  SELECT c.g, c.e, f.first_year IS NOT DISTINCT FROM c.g AS treated, ln(after.v) - ln(before.v) AS d
  FROM cells c
  JOIN firms f ON f.first_year = c.g OR f.first_year IS NULL OR f.first_year > greatest(c.g, c.t)
  JOIN outcome after ON after.enterprise_id = f.enterprise_id AND after.year = c.t
  JOIN outcome before ON before.enterprise_id = f.enterprise_id AND before.year = c.g - 1
),
groups AS (
  SELECT g, e,
    count(d) FILTER (WHERE treated) AS n_t, avg(d) FILTER (WHERE treated) AS mean_t, var_samp(d) FILTER (WHERE treated) AS var_t,
    count(d) FILTER (WHERE NOT treated) AS n_c, avg(d) FILTER (WHERE NOT treated) AS mean_c, var_samp(d) FILTER (WHERE NOT treated) AS var_c
  FROM observations GROUP BY g, e
)
SELECT CAST(c.g AS VARCHAR) AS cohort,
  CAST(c.e AS VARCHAR) AS event_time,
  CAST(coalesce(n_t, 0) AS INTEGER) AS treated_n,
  CAST(coalesce(n_c, 0) AS INTEGER) AS comparison_n,
  CAST(CASE WHEN n_t >= 2 AND n_c >= 2 THEN mean_t - mean_c END AS DOUBLE) AS att,
  CAST(CASE WHEN n_t >= 2 AND n_c >= 2 THEN sqrt(var_t / n_t + var_c / n_c) END AS DOUBLE) AS se
FROM cells c LEFT JOIN groups x ON x.g = c.g AND x.e = c.e
ORDER BY c.g, c.e`;
  return {
    sql,
    params: {
      region: options.region,
      from_year: Number(options.from.slice(0, 4)),
      to_year: Number(options.to.slice(0, 4)),
      horizon: options.horizon ?? defaultHorizon,
      events,
    },
  };
}
