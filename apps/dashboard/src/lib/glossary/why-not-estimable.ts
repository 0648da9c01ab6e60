/** Why impact's one-year estimate of a cohort is missing, in the words of a reason's key. */
export type NotEstimableReason = 'hidden' | 'noBefore' | 'noAfter' | 'fewTreated' | 'noComparison';

export interface CohortCounts {
  /** The cohort's year (its first coaching). */
  cohort: number;
  /** Enterprises of the cohort with the outcome in both years; null when hidden. */
  treated: number | null;
  /** Comparison enterprises with the outcome in both years; null when hidden. */
  comparison: number | null;
  /** Whether suppression hid the estimate (a group of 1 to 4 enterprises). */
  hidden: boolean;
}

/**
 * Why a cohort has no estimate, from what impact's row publishes and the dataset's years: the
 * estimate compares growth from `t − 1` to `t + 1` and needs 2 enterprises in each group.
 * Null when nothing is missing (both groups have 2 or more).
 *
 *     whyNotEstimable({ cohort: 2021, treated: 0, comparison: 0, hidden: false }, 2021, 2025)
 *     // 'noBefore'
 */
export function whyNotEstimable(
  row: CohortCounts,
  firstYear: number,
  lastYear: number,
): NotEstimableReason | null {
  if (row.hidden) return 'hidden';
  const treated = row.treated ?? 0;
  const comparison = row.comparison ?? 0;
  if (treated >= 2 && comparison >= 2) return null;
  if (treated >= 2) return 'noComparison';
  // No enterprise can have a growth without the years on both sides of coaching.
  if (row.cohort - 1 < firstYear) return 'noBefore';
  if (row.cohort + 1 > lastYear) return 'noAfter';
  return 'fewTreated';
}
