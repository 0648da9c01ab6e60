/** The brief's section: Study visits made and hosted, and what followed (network, diffusion, visit_outcomes). */
import type { Lang } from '@anyam/core';
import { formatDate, formatInteger } from '@anyam/core';
import type { MetricRow } from '@anyam/core';
import type { MetricResponse } from '../../server/api.js';
import { formatValue } from '../../format.js';
import { published, say, type Published } from '../published.js';
import type { BriefSection } from '../types.js';
import { councilLabel, figureOf, mean, sourceLine, sum, type Context } from '../context.server.js';

/**
 * PCI points with their sign, the sign taken from what is printed so that −0,04 reads "0".
 *
 *     signedPoints(-1.26, 'id') // '−1,3'
 *     signedPoints(-0.04, 'en') // '0'
 */
export function signedPoints(value: number, lang: Lang): string {
  const text = formatValue(Math.abs(value), 'index', lang);
  if (/^0([.,]0)?$/.test(text)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

export async function visitsSection(context: Context): Promise<BriefSection> {
  const { t, lang, previousYear } = context;
  const [network, networkBefore, diffusion, diffusionBefore, outcomes, outcomesBefore] =
    await Promise.all([
      context.metric('network'),
      previousYear ? context.metric('network', { year: String(previousYear) }) : null,
      context.metric('diffusion'),
      previousYear ? context.metric('diffusion', { year: String(previousYear) }) : null,
      context.metric('visit_outcomes'),
      previousYear ? context.metric('visit_outcomes', { year: String(previousYear) }) : null,
    ]);
  const councils = (response: MetricResponse | null) =>
    (response?.rows ?? []).filter((r) => r.council_id !== 'all');
  const total = (response: MetricResponse | null, field: string): Published | undefined =>
    response
      ? { value: sum(councils(response).map((r) => published(r, field).value)), suppressed: false }
      : undefined;
  const overall = (response: MetricResponse | null) =>
    response?.rows.find((r) => r.council_id === 'all');
  const relative = (response: MetricResponse | null): Published | undefined => {
    if (!response) return undefined;
    const values = response.rows
      .map((r) => published(r, 'relative_change').value)
      .filter((v): v is number => v != null);
    return { value: mean(values), suppressed: false };
  };
  const measured = outcomes.rows.filter((r) => published(r, 'relative_change').value != null);
  const made = total(network, 'visits_made')!;
  const hosted = total(network, 'visits_hosted')!;
  const adoption = published(overall(diffusion), 'adoption_rate');
  const figures = [
    figureOf(
      context,
      'network.visits_made',
      t('visitsMade'),
      made,
      total(networkBefore, 'visits_made'),
      'count',
      'absolute',
    ),
    figureOf(
      context,
      'network.visits_hosted',
      t('visitsHosted'),
      hosted,
      total(networkBefore, 'visits_hosted'),
      'count',
      'absolute',
    ),
    figureOf(
      context,
      'diffusion.adoption_rate',
      t('adoptionRate'),
      adoption,
      diffusionBefore ? published(overall(diffusionBefore), 'adoption_rate') : undefined,
      'percent',
      'percentagePoints',
    ),
    figureOf(
      context,
      'visit_outcomes.relative_change',
      t('relativeChange'),
      relative(outcomes)!,
      relative(outcomesBefore),
      'index',
      'points',
      measured.length
        ? t('relativeChangeNote', { n: formatInteger(measured.length, lang) })
        : undefined,
    ),
  ];
  const visitLabel = (r: MetricRow) =>
    `${councilLabel(context, String(r.visiting_council_id))} → ${councilLabel(context, String(r.host_council_id))}, ${formatDate(String(r.visit_date), lang)}`;
  const chart = measured.length
    ? {
        type: 'bars' as const,
        title: t('visitsChart'),
        units: t('visitsUnits'),
        bars: measured.map((r) => {
          const value = published(r, 'relative_change');
          const signed = value.value ?? 0;
          return {
            label: visitLabel(r),
            value: value.value,
            suppressed: value.suppressed,
            text: signedPoints(signed, lang),
          };
        }),
        reference: { value: 0, label: '0' },
      }
    : outcomes.rows.length
      ? {
          type: 'bars' as const,
          title: t('adoptionChart'),
          units: t('adoptionUnits'),
          bars: outcomes.rows.map((r) => {
            const rate = published(r, 'adoption_rate');
            return {
              label: visitLabel(r),
              value: rate.value,
              suppressed: rate.suppressed,
              text: t('adoptionBar', {
                adopted: formatInteger(published(r, 'practices_adopted').value, lang),
                shown: formatInteger(published(r, 'practices_shown').value, lang),
              }),
            };
          }),
        }
      : null;
  const sentences: string[] = [];
  if (made.value === 0 && outcomes.rows.length === 0) {
    sentences.push(t('visitsNone', { year: context.year }));
    if (hosted.value)
      sentences.push(
        t('visitsSentence', {
          year: context.year,
          made: '0',
          hosted: formatInteger(hosted.value, lang),
          change: '',
        }),
      );
  } else {
    const beforeMade = total(networkBefore, 'visits_made');
    const beforeHosted = total(networkBefore, 'visits_hosted');
    sentences.push(
      t('visitsSentence', {
        year: context.year,
        made: formatInteger(made.value, lang),
        hosted: formatInteger(hosted.value, lang),
        change:
          previousYear && beforeMade && beforeHosted
            ? t('visitsChange', {
                year: previousYear,
                made: formatInteger(beforeMade.value, lang),
                hosted: formatInteger(beforeHosted.value, lang),
              })
            : '',
      }),
    );
    const all = overall(diffusion);
    if (all && published(all, 'exposed').value) {
      sentences.push(
        t('diffusionSentence', {
          exposed: say(published(all, 'exposed'), 'count', lang),
          adopted: say(published(all, 'adopted'), 'count', lang),
          rate: say(published(all, 'adoption_rate'), 'percent', lang),
        }),
      );
    }
    const change = relative(outcomes)!.value;
    if (measured.length && change != null) {
      sentences.push(
        t('visitsAfter', {
          n: formatInteger(measured.length, lang),
          change: signedPoints(change, lang),
        }),
      );
    } else if (outcomes.rows.length) {
      sentences.push(t('visitsTooEarly', { year: context.year, next: context.year + 1 }));
    }
  }
  return {
    id: 'visits',
    title: t('visitsTitle'),
    question: t('visitsQuestion'),
    figures,
    chart,
    chartNote: chart ? null : t('visitsNone', { year: context.year }),
    sentences,
    limits: null,
    source: sourceLine(context, 'network, diffusion, visit_outcomes'),
  };
}
