/**
 * The brief's section: Whom to visit next, and why (advice). The candidates are the councils
 * ahead of the advised one, and their reasons are the /advice page's own lines (one decimal, the
 * period of every count), from the same function: the brief reads as the page.
 */
import { label } from '@anyam/core';
import type { MetricRow } from '@anyam/core';
import { adviceResponse, type AdviceAnswer } from '../../server/councils/advice.js';
import { adviceSubScoresResponse } from '../../server/councils/advice-sub-scores.js';
import { councilLabel } from '../../council-names.js';
import type { Row } from '../../api-types.js';
import { formatValue } from '../../format.js';
import { tPage } from '../../i18n/dictionary-pages.js';
import { adviceLines, isAhead, weakestSubScoreEntry, yearsLabel } from '$lib/advice/index.js';
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
  const [now, before, subScoresAnswer] = await Promise.all([
    ask(context.year),
    previousYear ? ask(previousYear) : null,
    // Every council's sub-scores by the year's end, as the page asks for them.
    adviceSubScoresResponse(new URLSearchParams({ year: String(context.year) })),
  ] as const);
  const subScores = subScoresAnswer.sub_scores;
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
  // Only a council ahead of the advised one (its gap, as printed, above zero) is a candidate: a
  // hidden own score hides every gap, so then nobody is.
  const ahead = now.rows.filter((row) => isAhead(published(row, 'gap').value));
  const top = ahead[0];
  const ownHidden = own.suppressed;
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
  const candidates = ahead.slice(0, 6);
  const bars: BriefBar[] = candidates.map((r) => {
    const score = published(r, 'dimension_score');
    return {
      label: hostName(r),
      value: score.value,
      suppressed: score.suppressed,
      text: show(score, 'index', lang),
    };
  });
  const advised = councilLabel(now.council.name);
  const ownSubScores = subScores[now.council.council_id];
  const lines = (row: AdviceAnswer['rows'][number]) =>
    adviceLines(
      // The API's row as the page reads it from JSON.
      row as unknown as Row,
      councilLabel(row.name),
      subScores[String(row.council_id)],
      {
        council: advised,
        dimension,
        ownScore: own.suppressed ? null : own.value,
        year: Number(now.to.slice(0, 4)),
        visits: yearsLabel(now.visits_from, now.to),
        weakest: weakestSubScoreEntry(ownSubScores, dimension),
      },
      lang,
    );
  const values = {
    council: context.councilNames.get(now.council.council_id) ?? now.council.name,
    dimension: lower,
    score: say(own, 'index', lang),
    best: top ? hostName(top) : '',
  };
  const sentences: string[] = [];
  // The page's own words where nobody can be advised: the same sentence on paper as on screen.
  const nobody = ownHidden
    ? tPage(lang, 'ownHidden', { dimension: lower, council: advised })
    : tPage(lang, 'noneAhead', { dimension: lower, council: advised });
  if (now.rows.length === 0) sentences.push(t('adviceNone'));
  else if (!top) sentences.push(t('adviceDimension', values), nobody);
  else {
    sentences.push(
      now.dimension_source === 'weakest' ? t('adviceSentence', values) : t('adviceChosen', values),
    );
    const reasons = lines(top);
    if (reasons.length) sentences.push(t('adviceReasons', { reasons: reasons.join('; ') }));
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
    chartNote: bars.length ? null : now.rows.length ? nobody : t('adviceNone'),
    sentences,
  };
}
