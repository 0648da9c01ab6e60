import { effectInterval } from '../impact/effect-interval.js';
import type { MetricOptions, MetricRow } from '../types.js';
import type { EventStudyRow } from './event-study-row.js';
import { chiSquareUpperTail } from './chi-square-upper-tail.js';
import { defaultHorizon, eventTimes } from './event-times.js';
import type { GroupTimeEffect } from './group-time-effects.js';

const numberOrNull = (value: MetricRow[string] | undefined): number | null =>
  typeof value === 'number' ? value : value === null || value === undefined ? null : Number(value);

/**
 * The rows of the event study from its group-time effects (metrics.md section 10), the step both
 * engines share: with `by: 'cohort'`, each effect with its percentage and interval; otherwise one
 * row per event time combining the cohorts with an estimate (weights `treated_n`, cohorts taken
 * as independent), then `"pre"` (the Wald pre-trend test over the event times `<= -2` with an
 * estimate, `p_value = P(χ²_df >= wald)`) and `"post"` (the plain mean over event times `>= 0`).
 * `wald` and `p_value` are also null when an estimate has `se = 0`: the statistic has no value.
 *
 *     finishEventStudy([{ cohort: '2023', event_time: '0', treated_n: 4, comparison_n: 9,
 *       att: 0.04, se: 0.02 }, ...], { region: '36', from, to, horizon: 1 })
 *     // [{ event_time: '0', cohorts: 1, treated_n: 4, comparison_n: 9, att: 0.04, ... },
 *     //  { event_time: '1', ... }, { event_time: 'pre', df: 0, wald: null, ... }, { event_time: 'post', ... }]
 */
export function finishEventStudy(
  rows: readonly MetricRow[] | readonly GroupTimeEffect[],
  options: Pick<MetricOptions, 'by' | 'horizon'>,
): EventStudyRow[] {
  const effects: GroupTimeEffect[] = (rows as readonly MetricRow[]).map((row) => ({
    cohort: String(row.cohort),
    event_time: String(row.event_time),
    treated_n: Number(row.treated_n ?? 0),
    comparison_n: Number(row.comparison_n ?? 0),
    att: numberOrNull(row.att),
    se: numberOrNull(row.se),
  }));
  if (options.by === 'cohort')
    return effects.map((effect) => ({ ...effect, ...effectInterval(effect.att, effect.se) }));

  const byTime = eventTimes(options.horizon ?? defaultHorizon).map((e) => {
    const estimated = effects.filter(
      (effect) => effect.event_time === String(e) && effect.att !== null,
    );
    const treated = estimated.reduce((sum, effect) => sum + effect.treated_n, 0);
    const comparison = estimated.reduce((sum, effect) => sum + effect.comparison_n, 0);
    const att =
      estimated.length === 0
        ? null
        : estimated.reduce((sum, effect) => sum + effect.treated_n * (effect.att as number), 0) /
          treated;
    const se =
      estimated.length === 0
        ? null
        : Math.sqrt(
            estimated.reduce(
              (sum, effect) => sum + (effect.treated_n / treated) ** 2 * (effect.se as number) ** 2,
              0,
            ),
          );
    return {
      e,
      row: {
        event_time: String(e),
        cohorts: estimated.length,
        treated_n: treated,
        comparison_n: comparison,
        att,
        se,
        ...effectInterval(att, se),
      },
    };
  });

  const pre = byTime.filter(({ e, row }) => e <= -2 && row.att !== null).map(({ row }) => row);
  const testable = pre.length > 0 && pre.every((row) => (row.se as number) > 0);
  const wald = testable
    ? pre.reduce((sum, row) => sum + ((row.att as number) / (row.se as number)) ** 2, 0)
    : null;
  const post = byTime.filter(({ e, row }) => e >= 0 && row.att !== null).map(({ row }) => row);
  const m = post.length;
  const postAtt = m === 0 ? null : post.reduce((sum, row) => sum + (row.att as number), 0) / m;
  const postSe =
    m === 0 ? null : Math.sqrt(post.reduce((sum, row) => sum + (row.se as number) ** 2, 0)) / m;
  const sum = (
    list: readonly { treated_n: number; comparison_n: number }[],
    key: 'treated_n' | 'comparison_n',
  ) => list.reduce((total, row) => total + row[key], 0);
  return [
    ...byTime.map(({ row }) => row),
    {
      event_time: 'pre',
      df: pre.length,
      wald,
      p_value: wald === null ? null : chiSquareUpperTail(wald, pre.length),
      treated_n: sum(pre, 'treated_n'),
      comparison_n: sum(pre, 'comparison_n'),
    },
    {
      event_time: 'post',
      event_times: m,
      treated_n: sum(post, 'treated_n'),
      comparison_n: sum(post, 'comparison_n'),
      att: postAtt,
      se: postSe,
      ...effectInterval(postAtt, postSe),
    },
  ];
}
