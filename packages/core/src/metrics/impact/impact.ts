import { isInRegion } from '../../regions/code.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';
import { effectInterval } from './effect-interval.js';
import { firstParticipationYears } from './first-participation-years.js';
import { mean } from './mean.js';
import { outcomeField } from './outcome-field.js';
import { pooledCohort } from './pooled-cohort.js';
import { sampleVariance } from './sample-variance.js';

interface Cohort {
  readonly cohort: string;
  readonly treated_n: number;
  readonly comparison_n: number;
  readonly did: number | null;
  readonly se: number | null;
}

/**
 * Impact on revenue (or `outcome`: employees, units sold) by difference in differences
 * (metrics.md section 7): one row per year `t` of
 * `P` whose cohort has an enterprise (ascending), then the pooled row `cohort: "all"`.
 *
 *     impact(input, { region: '36', from: '2022-01-01', to: '2024-12-31' })
 *     // [{ cohort: '2023', treated_n: 40, comparison_n: 120, did: 0.11, se: 0.03,
 *     //    effect_pct: 11.6, ci_low_pct: 5.2, ci_high_pct: 18.4 }, ...,
 *     //  { cohort: 'all', ... }]
 */
export function impact(input: MetricInput, options: MetricOptions): MetricRow[] {
  const { region, from, to } = options;
  const enterprises = input.enterprises
    .filter((e) => isInRegion(e.region_code, region))
    .map((e) => e.enterprise_id);

  // First participation year of each enterprise, over all its artisans, ever.
  const firstYear = firstParticipationYears(input);
  const field = outcomeField(options);
  const revenue = new Map<string, number>();
  for (const outcome of input.outcomes)
    revenue.set(`${outcome.enterprise_id}\u0000${outcome.year}`, outcome[field]);
  const change = (enterpriseId: string, t: number): number | null => {
    const before = revenue.get(`${enterpriseId}\u0000${t - 1}`);
    const after = revenue.get(`${enterpriseId}\u0000${t + 1}`);
    if (before === undefined || after === undefined || !(before > 0) || !(after > 0)) return null;
    return Math.log(after) - Math.log(before);
  };

  const cohorts: Cohort[] = [];
  for (let t = Number(from.slice(0, 4)); t <= Number(to.slice(0, 4)); t++) {
    const treated: number[] = [];
    const comparison: number[] = [];
    let members = 0;
    for (const enterpriseId of enterprises) {
      const first = firstYear.get(enterpriseId);
      const group =
        first === t ? treated : first === undefined || first > t + 1 ? comparison : null;
      if (group === null) continue;
      if (first === t) members++;
      const d = change(enterpriseId, t);
      if (d !== null) group.push(d);
    }
    if (members === 0) continue;
    // Sample variances exist only from two values on: the same threshold as "fewer than 2".
    const meanTreated = mean(treated);
    const meanComparison = mean(comparison);
    const varianceTreated = sampleVariance(treated);
    const varianceComparison = sampleVariance(comparison);
    const enough = varianceTreated !== null && varianceComparison !== null;
    cohorts.push({
      cohort: String(t),
      treated_n: treated.length,
      comparison_n: comparison.length,
      did: enough ? (meanTreated as number) - (meanComparison as number) : null,
      se: enough
        ? Math.sqrt(varianceTreated / treated.length + varianceComparison / comparison.length)
        : null,
    });
  }

  const pooled: Cohort = { cohort: 'all', ...pooledCohort(cohorts) };
  return [...cohorts, pooled].map((cohort) => ({
    ...cohort,
    ...effectInterval(cohort.did, cohort.se),
  }));
}
