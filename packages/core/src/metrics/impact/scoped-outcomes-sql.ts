import { regionRangeSql } from '../derived-period.js';
import { inRegionSql } from '../in-region-sql.js';
import type { MetricOptions } from '../types.js';
import type { OutcomeField } from './outcome-field.js';

/**
 * Where impact and the event study read the outcomes of the enterprises of `scope` (a CTE of
 * `firmsFirstYearSql`): a `FROM` relation aliased `o` and the predicate that keeps the scope's
 * rows. Revenue over derived tables comes from `outcome_facts`, already joined to the
 * enterprise's region and sorted by it, so a province skips the other row groups; any other
 * field, or a dataset without derived tables, semi-joins `outcomes` to the scope.
 *
 *     scopedOutcomesSql('revenue_idr', { derived: { firstYear: 2021, lastYear: 2025 } })
 *     // { from: 'outcome_facts o', where: "($region = 'ID' OR o.region_code = $region OR ...) AND ..." }
 *     scopedOutcomesSql('employees', {})
 *     // { from: 'outcomes o SEMI JOIN scope s ON s.enterprise_id = o.enterprise_id', where: 'TRUE' }
 */
export function scopedOutcomesSql(
  field: OutcomeField,
  options: Pick<MetricOptions, 'derived'>,
): { from: string; where: string } {
  if (options.derived && field === 'revenue_idr')
    return {
      from: 'outcome_facts o',
      where: `${inRegionSql('o.region_code')} AND ${regionRangeSql('o.region_code')}`,
    };
  return {
    from: 'outcomes o SEMI JOIN scope s ON s.enterprise_id = o.enterprise_id',
    where: 'TRUE',
  };
}
