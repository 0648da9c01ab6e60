/**
 * The brief's section: Long-term impact with its pre-trend check and its limits (event_study).
 * Its figures are estimates over every cohort up to the year, so a year's figure re-weighs the
 * year before's cohorts: they are not compared with the year before (as the overview's impact
 * card), and the effect says what it does not prove, in the card's words.
 */
import { formatInteger } from '@anyam/core';
import type { MetricResponse } from '../../server/api.js';
import { formatValue } from '../../format.js';
import { tr } from '../../i18n/dictionary-results.js';
import { published, show, type Published } from '../published.js';
import type { BriefSection } from '../types.js';
import { figureOf, sourceLine, type Context } from '../context.server.js';

/** The event study's parameters for cohorts from the dataset's first year up to `year`. */
export function eventStudyParams(
  region: string,
  firstYear: number,
  year: number,
): Record<string, string> {
  return { region, from: `${firstYear}-01-01`, to: `${year}-12-31` };
}

export async function impactSection(context: Context): Promise<BriefSection> {
  const { t, lang, firstYear, region } = context;
  const now = await context.metric(
    'event_study',
    eventStudyParams(region.code, firstYear, context.year),
  );
  const find = (response: MetricResponse, key: string) =>
    response.rows.find((r) => r.event_time === key);
  const post = find(now, 'post');
  const pre = find(now, 'pre');
  const effect = published(post, 'effect_pct');
  const low = published(post, 'ci_low_pct');
  const high = published(post, 'ci_high_pct');
  const p = published(pre, 'p_value');
  const df = published(pre, 'df');
  const pct = (value: Published) =>
    value.suppressed
      ? show(value, 'signedPercent', lang)
      : formatValue(value.value, 'signedPercent', lang);
  const figures = [
    {
      ...figureOf(
        context,
        'event_study.post.effect_pct',
        t('postEffect'),
        effect,
        undefined,
        'signedPercent',
        null,
        effect.value != null ? t('interval', { low: pct(low), high: pct(high) }) : undefined,
      ),
      caveat: tr(lang, 'effectCaveat'),
    },
    figureOf(
      context,
      'event_study.pre.p_value',
      t('preP'),
      p,
      undefined,
      'ratio',
      null,
      df.value ? t('preNote', { df: formatInteger(df.value, lang) }) : undefined,
    ),
    figureOf(
      context,
      'event_study.post.treated_n',
      t('treatedN'),
      published(post, 'treated_n'),
      undefined,
      'count',
      null,
    ),
  ];
  const times = now.rows.filter((r) => r.event_time !== 'pre' && r.event_time !== 'post');
  const points = times.map((r) => ({
    label: String(r.event_time),
    estimate: published(r, 'effect_pct').value,
    low: published(r, 'ci_low_pct').value,
    high: published(r, 'ci_high_pct').value,
    suppressed: published(r, 'effect_pct').suppressed,
  }));
  const sentences: string[] = [];
  if (effect.value == null || low.value == null || high.value == null) {
    sentences.push(t('impactNone'));
  } else {
    const values = {
      effect: formatValue(Math.abs(effect.value), 'index', lang) + '%',
      low: pct(low),
      high: pct(high),
      dir: effect.value >= 0 ? t('grew') : t('shrank'),
    };
    sentences.push(
      low.value <= 0 && high.value >= 0
        ? t('impactUnclear', { ...values, effect: pct(effect) })
        : t('impactPositive', values),
    );
  }
  if (p.value == null) sentences.push(t('preNone'));
  else {
    const text = formatValue(p.value, 'ratio', lang);
    sentences.push(
      p.value < 0.05
        ? t('preBad', { p: text })
        : p.value < 0.1
          ? t('preWeak', { p: text })
          : t('preOk', { p: text }),
    );
  }
  const hasPoints = points.some((point) => point.estimate != null);
  return {
    id: 'impact',
    title: t('impactTitle'),
    question: t('impactQuestion'),
    figures,
    chart: hasPoints
      ? { type: 'event', title: t('eventChart'), units: t('eventUnits'), points }
      : null,
    chartNote: hasPoints ? null : t('impactNone'),
    sentences,
    limits: t('limits'),
    source: sourceLine(context, 'event_study', `${firstYear}–${context.year}`),
  };
}
