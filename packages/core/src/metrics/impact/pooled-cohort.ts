/** One cohort's estimate, as impact computes it (metrics.md section 7). */
export interface CohortEstimate {
  readonly treated_n: number;
  readonly comparison_n: number;
  readonly did: number | null;
  readonly se: number | null;
}

/**
 * Impact's pooled estimate (`cohort: "all"`) over `cohorts`: those whose `did` is not null, `did`
 * weighted by `treated_n`, `se = sqrt(Σ (treated_n_t / Σ treated_n)^2 se_t^2)`, the two counts
 * summed; 0 and 0 with null estimates when no cohort qualifies. The pooled estimate up to year
 * `t` is this over the cohort rows up to `t` (a cohort's row does not depend on the period's end).
 *
 *     pooledCohort([{ treated_n: 10, comparison_n: 40, did: 0.1, se: 0.02 },
 *                   { treated_n: 30, comparison_n: 60, did: 0.2, se: 0.04 }])
 *     // { treated_n: 40, comparison_n: 100, did: 0.175, se: 0.0302... }
 */
export function pooledCohort(cohorts: readonly CohortEstimate[]): CohortEstimate {
  const pooledFrom = cohorts.filter((cohort) => cohort.did !== null);
  const weight = pooledFrom.reduce((sum, cohort) => sum + cohort.treated_n, 0);
  return {
    treated_n: weight,
    comparison_n: pooledFrom.reduce((sum, cohort) => sum + cohort.comparison_n, 0),
    did:
      pooledFrom.length === 0
        ? null
        : pooledFrom.reduce((sum, c) => sum + c.treated_n * (c.did as number), 0) / weight,
    se:
      pooledFrom.length === 0
        ? null
        : Math.sqrt(
            pooledFrom.reduce(
              (sum, c) => sum + (c.treated_n / weight) ** 2 * (c.se as number) ** 2,
              0,
            ),
          ),
  };
}
