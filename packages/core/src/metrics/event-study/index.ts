/**
 * # Long-term impact: event study (metrics.md section 10)
 *
 * Callaway and Sant'Anna's group-time estimator with not-yet-treated comparisons and one base
 * year per cohort (`g - 1`), on logs of `outcome` (`revenue_idr` by default, `employees`,
 * `units_sold`), with analytic standard errors, over event times `-H .. H` without `-1`
 * (`horizon` H, default 3, 1 to 10). Cohorts as in impact (first participation, ever, of any
 * artisan), one per year of `P` with an enterprise; the default period is every year of the
 * dataset.
 *
 * Rows: one per event time (`event_time` as a string), the cohorts with an estimate combined
 * with weights `treated_n` and `se = sqrt(Σ w² se²)` (`cohorts`, `treated_n`, `comparison_n`
 * summed over them; zeros and nulls when none), then `"pre"`: `df` (event times `<= -2` with an
 * estimate), `wald = Σ (att/se)²`, `p_value = P(χ²_df >= wald)` (both null when `df` is 0 or an
 * `se` is 0), and `"post"`: the plain mean of the event times `>= 0` with an estimate, `se =
 * sqrt(Σ se²) / m`, `event_times` = m. `by: 'cohort'`: the group-time effects themselves.
 * Percentages and 95% intervals are `100 (exp(x) - 1)` of the estimate and of `att ± 1.96 se`.
 *
 * Engines: `eventStudy(input, options)` in TypeScript; `eventStudySql(options)` computes the
 * group-time effects in DuckDB and `finishEventStudy(rows, options)` (the definition's `finish`,
 * shared with the TypeScript path) combines them. `chiSquareUpperTail(x, df)` and
 * `regularizedGammaQ(a, x)` are exported for other uses.
 */
export { chiSquareUpperTail } from './chi-square-upper-tail.js';
export { eventStudy } from './event-study.js';
export { eventStudyMetric } from './event-study-metric.js';
export type { EventStudyRow } from './event-study-row.js';
export { eventStudySql } from './event-study-sql.js';
export { defaultHorizon, eventTimes, maxHorizon } from './event-times.js';
export { finishEventStudy } from './finish-event-study.js';
export { groupTimeEffects, type GroupTimeEffect } from './group-time-effects.js';
export { logGamma } from './log-gamma.js';
export { regularizedGammaQ } from './regularized-gamma-q.js';
