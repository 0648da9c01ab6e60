import { inRegionSql } from '../in-region-sql.js';
import { rowKeysSql } from '../row-keys-sql.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';

/**
 * The DuckDB SQL of {@link programs}: the same rows, in the same order. Each counted program is
 * tallied once (its rows, completions, whether it reached its target), then the programs are
 * summed per row key; distinct artisans are counted per key from the rows themselves. Budgets are
 * summed as DOUBLE, exact for whole rupiah up to 2^53.
 *
 *     programsSql({ region: '36', from: '2024-01-01', to: '2024-12-31', by: 'council' })
 *     // { sql: 'WITH scope_councils AS (...) ...', params: { region: '36', from: '2024-01-01', ... } }
 */
export function programsSql(options: MetricOptions): SqlQuery {
  const params: Record<string, SqlValue> = {
    region: options.region,
    from: options.from,
    to: options.to,
  };
  if (options.type !== undefined) params.type = options.type;
  const by = options.by;
  const key =
    by === 'council' ? 'c.council_id' : by === 'program_type' ? 'c.program_type' : '$region';
  const keyField =
    by === 'council' ? 'council_id' : by === 'program_type' ? 'program_type' : 'region_code';
  const keys =
    by === 'council'
      ? '(SELECT council_id AS k, council_id AS ord FROM scope_councils) AS keys'
      : rowKeysSql(by === 'program_type' ? 'program_type' : undefined, params);
  const ratio = (part: string, whole: string) =>
    `CASE WHEN coalesce(${whole}, 0) > 0 THEN CAST(${part} AS DOUBLE) / ${whole} END`;
  const sql = `
WITH scope_councils AS (
  SELECT DISTINCT council_id FROM councils WHERE ${inRegionSql('region_code')}
),
counted AS (
  SELECT p.program_id, p.council_id, p.program_type, p.target_participants, p.budget_idr FROM programs p
  WHERE p.council_id IN (SELECT council_id FROM scope_councils)
    AND p.start_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
    ${options.type === undefined ? '' : 'AND p.program_type = $type'}
),
rows AS (
  SELECT r.program_id, r.artisan_id, r.completed FROM participations r SEMI JOIN counted c ON c.program_id = r.program_id
),
per_program AS (
  SELECT c.program_id, ${key} AS k, c.target_participants, c.budget_idr,
    count(r.program_id) AS participants, count(r.program_id) FILTER (WHERE r.completed) AS completed
  FROM counted c LEFT JOIN rows r ON r.program_id = c.program_id
  GROUP BY ALL
),
tallies AS (
  SELECT k, count(*) AS programs, sum(target_participants) AS target_participants,
    sum(participants) AS participants, sum(completed) AS completed,
    count(*) FILTER (WHERE target_participants > 0) AS with_target,
    count(*) FILTER (WHERE target_participants > 0 AND participants >= target_participants) AS on_target,
    sum(CAST(budget_idr AS DOUBLE)) AS budget_idr
  FROM per_program GROUP BY k
),
artisans AS (
  SELECT p.k, count(DISTINCT r.artisan_id) AS n FROM rows r JOIN per_program p ON p.program_id = r.program_id GROUP BY p.k
)
SELECT keys.k AS ${keyField},
  CAST(coalesce(t.programs, 0) AS INTEGER) AS programs,
  CAST(coalesce(t.target_participants, 0) AS INTEGER) AS target_participants,
  CAST(coalesce(t.participants, 0) AS INTEGER) AS participants,
  CAST(coalesce(a.n, 0) AS INTEGER) AS artisans,
  CAST(coalesce(t.completed, 0) AS INTEGER) AS completed,
  ${ratio('t.participants', 't.target_participants')} AS target_attainment,
  ${ratio('t.on_target', 't.with_target')} AS on_target_share,
  ${ratio('t.completed', 't.participants')} AS completion_rate,
  CAST(coalesce(t.budget_idr, 0) AS DOUBLE) AS budget_idr,
  ${ratio('t.budget_idr', 't.participants')} AS cost_per_participant,
  ${ratio('t.budget_idr', 't.completed')} AS cost_per_completion
FROM ${keys}
LEFT JOIN tallies t ON t.k = keys.k
LEFT JOIN artisans a ON a.k = keys.k
ORDER BY keys.ord`;
  return { sql, params };
}
