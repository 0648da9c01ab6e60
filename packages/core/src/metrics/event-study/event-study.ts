import type { MetricInput, MetricOptions } from '../types.js';
import type { EventStudyRow } from './event-study-row.js';
import { finishEventStudy } from './finish-event-study.js';
import { groupTimeEffects } from './group-time-effects.js';

/**
 * Long-term impact by event study (metrics.md section 10): the group-time effects of
 * `groupTimeEffects`, combined by `finishEventStudy` (per event time, then `"pre"` and `"post"`),
 * or per cohort with `by: 'cohort'`.
 *
 *     eventStudy(input, { region: '36', from: '2021-01-01', to: '2025-12-31' })
 *     // [{ event_time: '-3', ... }, { event_time: '-2', ... }, { event_time: '0', att: 0.039, ... },
 *     //  ..., { event_time: 'pre', df: 2, wald: 1.3, p_value: 0.52, ... }, { event_time: 'post', ... }]
 */
export function eventStudy(input: MetricInput, options: MetricOptions): EventStudyRow[] {
  return finishEventStudy(groupTimeEffects(input, options), options);
}
