import type { MetricOptions, SqlQuery } from '../types.js';
import { firmsFirstYearSql } from './firms-first-year-sql.js';
import { outcomeField } from './outcome-field.js';
import { scopedOutcomesSql } from './scoped-outcomes-sql.js';

/**
 * The DuckDB SQL of {@link impact}: the same rows, in the same order.
 *
 * Cohorts come from `firmsFirstYearSql` (first participation, ever, of the enterprises of `r`);
 * outcomes (`scopedOutcomesSql`) are read only for the years `t - 1` and `t + 1` can take, and
 * only for enterprises in `r`. Over derived tables both come from tables sorted by region.
 *
 *     impactSql({ region: '36', from: '2022-01-01', to: '2024-12-31' })
 *     // { sql: 'WITH scope AS (...) ...', params: { region: '36', from_year: 2022, to_year: 2024 } }
 */
export function impactSql(options: MetricOptions): SqlQuery {
  // An identifier from the allowlist of outcomeField, never the caller's text.
  const field = outcomeField(options);
  const outcomes = scopedOutcomesSql(field, options);
  const sql = `
WITH ${firmsFirstYearSql(options)},
years AS (
  SELECT CAST(unnest(generate_series(CAST($from_year AS INTEGER), CAST($to_year AS INTEGER))) AS INTEGER) AS t
),
revenue AS (
  SELECT o.enterprise_id, o.year, o.${field} AS revenue_idr FROM ${outcomes.from}
  WHERE ${outcomes.where} AND o.year BETWEEN CAST($from_year AS INTEGER) - 1 AND CAST($to_year AS INTEGER) + 1 AND o.${field} > 0
),
observations AS (
  SELECT y.t, f.first_year IS NOT DISTINCT FROM y.t AS treated,
    ln(CAST(after.revenue_idr AS DOUBLE)) - ln(CAST(before.revenue_idr AS DOUBLE)) AS d
  FROM years y
  JOIN firms f ON f.first_year = y.t OR f.first_year IS NULL OR f.first_year > y.t + 1
  LEFT JOIN revenue after ON after.enterprise_id = f.enterprise_id AND after.year = y.t + 1
  LEFT JOIN revenue before ON before.enterprise_id = f.enterprise_id AND before.year = y.t - 1
),
groups AS (
  SELECT t,
    count(d) FILTER (WHERE treated) AS n_c, avg(d) FILTER (WHERE treated) AS mean_c, var_samp(d) FILTER (WHERE treated) AS var_c,
    count(d) FILTER (WHERE NOT treated) AS n_k, avg(d) FILTER (WHERE NOT treated) AS mean_k, var_samp(d) FILTER (WHERE NOT treated) AS var_k
  FROM observations GROUP BY t HAVING count(*) FILTER (WHERE treated) > 0
),
cohorts AS (
  SELECT t, n_c, n_k,
    CASE WHEN n_c >= 2 AND n_k >= 2 THEN mean_c - mean_k END AS did,
    CASE WHEN n_c >= 2 AND n_k >= 2 THEN sqrt(var_c / n_c + var_k / n_k) END AS se
  FROM groups
),
pooled AS (
  SELECT sum(n_c) AS n_c, sum(n_k) AS n_k,
    sum(n_c * did) / sum(n_c) AS did,
    sqrt(sum((n_c / total) ** 2 * se ** 2)) AS se
  FROM cohorts, (SELECT sum(n_c) AS total FROM cohorts WHERE did IS NOT NULL)
  WHERE did IS NOT NULL
),
result AS (
  SELECT 0 AS part, t, CAST(t AS VARCHAR) AS cohort, n_c, n_k, did, se FROM cohorts
  UNION ALL
  SELECT 1, NULL, 'all', coalesce(n_c, 0), coalesce(n_k, 0), did, se FROM pooled
)
SELECT cohort,
  CAST(n_c AS INTEGER) AS treated_n,
  CAST(n_k AS INTEGER) AS comparison_n,
  CAST(did AS DOUBLE) AS did,
  CAST(se AS DOUBLE) AS se,
  100 * (exp(did) - 1) AS effect_pct,
  100 * (exp(did - 1.96 * se) - 1) AS ci_low_pct,
  100 * (exp(did + 1.96 * se) - 1) AS ci_high_pct
FROM result
ORDER BY part, t`;
  return {
    sql,
    params: {
      region: options.region,
      from_year: Number(options.from.slice(0, 4)),
      to_year: Number(options.to.slice(0, 4)),
    },
  };
}
