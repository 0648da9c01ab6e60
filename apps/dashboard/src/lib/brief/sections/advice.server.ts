/** The brief's section: Whom to visit next, and why (advice). */
import { label } from '@anyam/core';
import type { MetricRow } from '@anyam/core';
import { adviceResponse, type AdviceAnswer } from '../../server/councils/advice.js';
import { formatValue } from '../../format.js';
import { published, say, show, type Published } from '../published.js';
import type { BriefBar, BriefSection } from '../types.js';
import { figureOf, sourceLine, type Context } from '../context.server.js';

export async function adviceSection(
  context: Context,
  council: string | null,
): Promise<BriefSection> {
  const { t, lang, previousYear } = context;
  const base = {
    id: 'advice' as const,
    title: t('adviceTitle'),
    question: t('adviceQuestion'),
    limits: null,
    source: sourceLine(context, 'advice, competitiveness'),
  };
  if (!council) {
    return {
      ...base,
      figures: [],
      chart: null,
      chartNote: t('adviceNoCouncil'),
      sentences: [t('adviceNoCouncil')],
    };
  }
  const ask = (year: number) =>
    adviceResponse(new URLSearchParams({ council, year: String(year), lang }));
  const [now, before]: [AdviceAnswer, AdviceAnswer | null] = await Promise.all([
    ask(context.year),
    previousYear ? ask(previousYear) : null,
  ]);
  const dimension = now.dimension;
  const dimensionName = label('pci_dimension', dimension, lang);
  const own: Published = {
    value: now.own[dimension] ?? null,
    suppressed: now.own.suppressed.includes(dimension),
  };
  const ownBefore: Published | undefined = before
    ? {
        value: before.own[dimension] ?? null,
        suppressed: before.own.suppressed.includes(dimension),
      }
    : undefined;
  const top = now.rows[0];
  const topBefore = top ? before?.rows.find((r) => r.council_id === top.council_id) : undefined;
  const lower = dimensionName.toLowerCase();
  const hostName = (row: MetricRow & { name: string }) =>
    context.councilNames.get(String(row.council_id)) ?? String(row.name);
  const figures = [
    figureOf(
      context,
      'advice.own',
      t('ownScore', { dimension: lower }),
      own,
      ownBefore,
      'index',
      'points',
    ),
  ];
  if (top) {
    figures.push(
      figureOf(
        context,
        'advice.dimension_score',
        t('topScore', { dimension: dimensionName }),
        published(top, 'dimension_score'),
        before ? published(topBefore, 'dimension_score') : undefined,
        'index',
        'points',
        hostName(top),
      ),
      figureOf(
        context,
        'advice.adoption_rate',
        t('topAdoption'),
        published(top, 'adoption_rate'),
        before ? published(topBefore, 'adoption_rate') : undefined,
        'percent',
        'percentagePoints',
        hostName(top),
      ),
      figureOf(
        context,
        'advice.visits_hosted',
        t('topHosted'),
        published(top, 'visits_hosted'),
        before ? published(topBefore, 'visits_hosted') : undefined,
        'count',
        'absolute',
        hostName(top),
      ),
    );
  }
  const candidates = now.rows.slice(0, 6);
  const bars: BriefBar[] = candidates.map((r) => {
    const score = published(r, 'dimension_score');
    return {
      label: hostName(r),
      value: score.value,
      suppressed: score.suppressed,
      text: show(score, 'index', lang),
    };
  });
  const sentences: string[] = [];
  if (!top) sentences.push(t('adviceNone'));
  else {
    const values = {
      council: context.councilNames.get(now.council.council_id) ?? now.council.name,
      dimension: lower,
      score: say(own, 'index', lang),
      best: hostName(top),
    };
    sentences.push(
      now.dimension_source === 'weakest' ? t('adviceSentence', values) : t('adviceChosen', values),
    );
    const reasons = Array.isArray(top.reasons) ? (top.reasons as string[]) : [];
    if (reasons.length) sentences.push(t('adviceReasons', { reasons: reasons.join('; ') }));
    const gap = published(top, 'gap').value;
    if (gap != null && gap <= 0) sentences.push(t('adviceNoBetter'));
  }
  return {
    ...base,
    figures,
    chart: bars.length
      ? {
          type: 'bars',
          title: t('adviceChart', { dimension: dimensionName }),
          units: t('adviceUnits', { dimension: lower }),
          bars,
          ...(own.value != null
            ? {
                reference: {
                  value: own.value,
                  label: t('ownLine', { score: formatValue(own.value, 'index', lang) }),
                },
              }
            : {}),
        }
      : null,
    chartNote: bars.length ? null : t('adviceNone'),
    sentences,
  };
}
