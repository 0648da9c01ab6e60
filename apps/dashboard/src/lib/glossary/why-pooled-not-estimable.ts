import {
  whyNotEstimable,
  type CohortCounts,
  type NotEstimableReason,
} from './why-not-estimable.js';

/**
 * Why impact's estimate pooled over every cohort up to `year` (the overview's impact card) is
 * missing, in the words of `whyNotEstimable`: the pool is missing when every cohort is, so its
 * reason is the reason of the latest cohort with a year on both sides of coaching (the one that
 * could have been measured); with no such cohort coached, too few were coached; with no such year
 * at all (the data's first year), there is no year before. `hidden` when suppression hid the
 * pool. Null when the pool has a cohort that is estimable.
 *
 *     whyPooledNotEstimable([{ cohort: 2021, treated: 9, comparison: 30, hidden: false }],
 *       false, 2021, 2021, 2025) // 'noBefore'
 */
export function whyPooledNotEstimable(
  cohorts: readonly CohortCounts[],
  poolHidden: boolean,
  year: number,
  firstYear: number,
  lastYear: number,
): NotEstimableReason | null {
  if (poolHidden) return 'hidden';
  const upTo = cohorts.filter((row) => row.cohort <= year).sort((a, b) => b.cohort - a.cohort);
  if (upTo.some((row) => whyNotEstimable(row, firstYear, lastYear) === null)) return null;
  const measurable = upTo.find((row) => row.cohort - 1 >= firstYear && row.cohort + 1 <= lastYear);
  if (measurable) return whyNotEstimable(measurable, firstYear, lastYear);
  // Nobody first coached in a year that could be measured: the latest such year had nobody (or
  // there is none, and the first year has no year before).
  return whyNotEstimable(
    { cohort: Math.min(year, lastYear - 1), treated: 0, comparison: 0, hidden: false },
    firstYear,
    lastYear,
  );
}
