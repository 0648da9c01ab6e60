/**
 * event_study: without `by`, one row per event time (`event_time` `"-3"` .. `"3"` without
 * `"-1"`), then `"pre"` (the pre-trend test: `df`, `wald`, `p_value`) and `"post"` (the overall
 * effect, `event_times` combined); with `by: 'cohort'`, one row per cohort and event time.
 */
export type EventStudyRow = {
  readonly event_time: string;
  readonly cohort?: string;
  readonly cohorts?: number;
  readonly event_times?: number;
  readonly df?: number;
  readonly wald?: number | null;
  readonly p_value?: number | null;
  readonly treated_n: number;
  readonly comparison_n: number;
  readonly att?: number | null;
  readonly se?: number | null;
  readonly effect_pct?: number | null;
  readonly ci_low_pct?: number | null;
  readonly ci_high_pct?: number | null;
};
