import { craftCategories, programTypes } from '../domain/enums.js';
import { nationalScopeSql } from './in-region-sql.js';
import type { MetricOptions, SqlValue } from './types.js';

/**
 * The SQL twin of `rowKeys`: a subquery with columns `k` (the row key) and `ord` (its position),
 * to be LEFT JOINed by a metric's aggregates so that empty rows stay. Enumeration values are
 * bound as parameters (`$key_0`, ...), added to `params`; the region is read from `$region`.
 *
 *     rowKeysSql('craft_category', params) // "(VALUES ($key_0, 0), ...) AS keys(k, ord)"
 */
export function rowKeysSql(by: MetricOptions['by'], params: Record<string, SqlValue>): string {
  if (by === 'region') {
    return `(SELECT k, k AS ord FROM (
      SELECT code AS k FROM regions WHERE parent_code = $region OR (${nationalScopeSql()} AND parent_code IS NULL)
      UNION SELECT $region AS k WHERE EXISTS (SELECT 1 FROM enterprises WHERE region_code = $region)
    )) AS keys`;
  }
  if (by === 'craft_category' || by === 'program_type') {
    const values = by === 'craft_category' ? craftCategories : programTypes;
    const rows = values.map((value, index) => {
      params[`key_${index}`] = value;
      return `($key_${index}, ${index})`;
    });
    return `(SELECT * FROM (VALUES ${rows.join(', ')}) AS v(k, ord)) AS keys`;
  }
  return '(SELECT $region AS k, 0 AS ord) AS keys';
}
