import { isInRegion } from '../../regions/code.js';
import { firstParticipationYears } from '../impact/first-participation-years.js';
import { mean } from '../impact/mean.js';
import { outcomeField } from '../impact/outcome-field.js';
import { sampleVariance } from '../impact/sample-variance.js';
import type { MetricInput, MetricOptions } from '../types.js';
import { defaultHorizon, eventTimes } from './event-times.js';

/** One group-time effect `att(g, e)`: what the SQL engine returns before `finishEventStudy`. */
export type GroupTimeEffect = {
  readonly cohort: string;
  readonly event_time: string;
  readonly treated_n: number;
  readonly comparison_n: number;
  readonly att: number | null;
  readonly se: number | null;
};

/**
 * The Callaway–Sant'Anna group-time effects of metrics.md section 10, one per cohort `g` (the
 * years of `P` in which at least one enterprise of `r` first participated, ascending) and event
 * time `e` (`-H .. H` without `-1`): with `t = g + e`, treated are the cohort's enterprises and
 * comparisons the enterprises of `r` first participating after `max(g, t)` or never, each with a
 * positive outcome in both `t` and `g - 1`; `d = ln y[t] - ln y[g-1]`, `att` the difference of the
 * groups' means and `se = sqrt(var_T/n_T + var_C/n_C)`, both null when a group has fewer than 2.
 *
 *     groupTimeEffects(input, { region: '36', from: '2022-01-01', to: '2024-12-31', horizon: 1 })
 *     // [{ cohort: '2022', event_time: '0', treated_n: 40, comparison_n: 300, att: 0.04, se: 0.02 }, ...]
 */
export function groupTimeEffects(input: MetricInput, options: MetricOptions): GroupTimeEffect[] {
  const field = outcomeField(options);
  const enterprises = input.enterprises
    .filter((enterprise) => isInRegion(enterprise.region_code, options.region))
    .map((enterprise) => enterprise.enterprise_id);
  const firstYear = firstParticipationYears(input);
  const values = new Map<string, number>();
  for (const outcome of input.outcomes)
    values.set(`${outcome.enterprise_id}\u0000${outcome.year}`, outcome[field]);
  const change = (enterpriseId: string, t: number, base: number): number | null => {
    const before = values.get(`${enterpriseId}\u0000${base}`);
    const after = values.get(`${enterpriseId}\u0000${t}`);
    if (before === undefined || after === undefined || !(before > 0) || !(after > 0)) return null;
    return Math.log(after) - Math.log(before);
  };
  const cohorts = new Set<number>();
  const firstYearFrom = Number(options.from.slice(0, 4));
  const lastYear = Number(options.to.slice(0, 4));
  for (const enterpriseId of enterprises) {
    const first = firstYear.get(enterpriseId);
    if (first !== undefined && first >= firstYearFrom && first <= lastYear) cohorts.add(first);
  }
  const times = eventTimes(options.horizon ?? defaultHorizon);
  const effects: GroupTimeEffect[] = [];
  for (const g of [...cohorts].sort((a, b) => a - b)) {
    for (const e of times) {
      const t = g + e;
      const treated: number[] = [];
      const comparison: number[] = [];
      for (const enterpriseId of enterprises) {
        const first = firstYear.get(enterpriseId);
        const group =
          first === g ? treated : first === undefined || first > Math.max(g, t) ? comparison : null;
        if (group === null) continue;
        const d = change(enterpriseId, t, g - 1);
        if (d !== null) group.push(d);
      }
      const varianceTreated = sampleVariance(treated);
      const varianceComparison = sampleVariance(comparison);
      const enough = varianceTreated !== null && varianceComparison !== null;
      effects.push({
        cohort: String(g),
        event_time: String(e),
        treated_n: treated.length,
        comparison_n: comparison.length,
        att: enough ? (mean(treated) as number) - (mean(comparison) as number) : null,
        se: enough
          ? Math.sqrt(varianceTreated / treated.length + varianceComparison / comparison.length)
          : null,
      });
    }
  }
  return effects;
}
