/** The brief's section: Reach, and who is left out (reach). */
import { formatValue } from '../../format.js';
import { published, say, show } from '../published.js';
import type { BriefBar, BriefSection } from '../types.js';
import { figureOf, first, sourceLine, type Context } from '../context.server.js';

export async function reachSection(context: Context): Promise<BriefSection> {
  const { t, lang, previousYear } = context;
  const [now, before] = await Promise.all([
    context.metric('reach'),
    previousYear ? context.metric('reach', { year: String(previousYear) }) : null,
  ]);
  const row = first(now);
  const prev = first(before);
  const take = (field: string) => published(row, field);
  const past = (field: string) => (prev ? published(prev, field) : undefined);
  const figures = [
    figureOf(
      context,
      'reach.reached_artisans',
      t('reachedArtisans'),
      take('reached_artisans'),
      past('reached_artisans'),
      'count',
      'relative',
    ),
    figureOf(
      context,
      'reach.reach_rate',
      t('reachRate'),
      take('reach_rate'),
      past('reach_rate'),
      'percent',
      'percentagePoints',
    ),
    figureOf(
      context,
      'reach.female_representation',
      t('femaleRepresentation'),
      take('female_representation'),
      past('female_representation'),
      'ratio',
      'ratio',
    ),
    figureOf(
      context,
      'reach.youth_representation',
      t('youthRepresentation'),
      take('youth_representation'),
      past('youth_representation'),
      'ratio',
      'ratio',
    ),
  ];
  const groups = (['female', 'micro', 'youth'] as const).map((group) => ({
    group,
    name: t(group),
    ratio: take(`${group}_representation`),
    reached: take(`${group}_share_reached`),
    eligible: take(`${group}_share_eligible`),
  }));
  const bars: BriefBar[] = groups.map((group) => ({
    label: group.name,
    value: group.ratio.value,
    suppressed: group.ratio.suppressed,
    text: group.ratio.suppressed
      ? show(group.ratio, 'ratio', lang)
      : t('representationBar', {
          ratio: show(group.ratio, 'ratio', lang),
          reached: show(group.reached, 'percent', lang),
          eligible: show(group.eligible, 'percent', lang),
        }),
  }));
  const reached = take('reached_artisans');
  const sentences: string[] = [];
  if (reached.value === 0 && !reached.suppressed) {
    sentences.push(t('reachNone', { year: context.year }));
  } else {
    const rate = take('reach_rate');
    const before = past('reach_rate');
    const change =
      figures[1]!.change && before?.value != null && rate.value != null
        ? t('reachChange', {
            delta: figures[1]!.change.split(' ').slice(0, -2).join(' '),
            year: previousYear ?? '',
          })
        : '';
    sentences.push(
      t('reachSentence', {
        year: context.year,
        reached: say(reached, 'count', lang),
        eligible: say(take('eligible_artisans'), 'count', lang),
        rate: say(rate, 'percent', lang),
        change,
      }),
    );
    const known = groups.filter((group) => group.ratio.value != null);
    if (known.length) {
      const lowest = known.reduce((a, b) => ((b.ratio.value ?? 0) < (a.ratio.value ?? 0) ? b : a));
      const highest = Math.max(...known.map((group) => group.ratio.value ?? 0));
      if ((lowest.ratio.value ?? 1) < 0.95) {
        sentences.push(
          t('reachLeftOut', {
            group: lowest.name.toLowerCase(),
            reached: say(lowest.reached, 'percent', lang),
            eligible: say(lowest.eligible, 'percent', lang),
            ratio: say(lowest.ratio, 'ratio', lang),
          }),
        );
      } else {
        sentences.push(
          t('reachEven', {
            low: formatValue(lowest.ratio.value, 'ratio', lang),
            high: formatValue(highest, 'ratio', lang),
          }),
        );
      }
    }
    const completion = take('completion_rate');
    if (completion.value != null)
      sentences.push(t('reachCompletion', { rate: say(completion, 'percent', lang) }));
  }
  return {
    id: 'reach',
    title: t('reachTitle'),
    question: t('reachQuestion'),
    figures,
    chart: {
      type: 'bars',
      title: t('representationChart'),
      units: t('representationUnits'),
      bars,
      reference: { value: 1, label: t('evenLine') },
    },
    chartNote: null,
    sentences,
    limits: null,
    source: sourceLine(context, 'reach'),
  };
}
