/** The brief's section: Programs, targets and cost (programs). */
import { label } from '@anyam/core';
import { published, say, show } from '../published.js';
import type { BriefBar, BriefSection } from '../types.js';
import { figureOf, first, sourceLine, type Context } from '../context.server.js';

export async function programsSection(context: Context): Promise<BriefSection> {
  const { t, lang, previousYear } = context;
  const [now, before, byType] = await Promise.all([
    context.metric('programs'),
    previousYear ? context.metric('programs', { year: String(previousYear) }) : null,
    context.metric('programs', { by: 'program_type' }),
  ]);
  const row = first(now);
  const prev = first(before);
  const take = (field: string) => published(row, field);
  const past = (field: string) => (prev ? published(prev, field) : undefined);
  const figures = [
    figureOf(
      context,
      'programs.programs',
      t('programs'),
      take('programs'),
      past('programs'),
      'count',
      'relative',
    ),
    figureOf(
      context,
      'programs.target_attainment',
      t('targetAttainment'),
      take('target_attainment'),
      past('target_attainment'),
      'percent',
      'percentagePoints',
    ),
    figureOf(
      context,
      'programs.budget_idr',
      t('budget'),
      take('budget_idr'),
      past('budget_idr'),
      'rupiah',
      'relative',
    ),
    figureOf(
      context,
      'programs.cost_per_participant',
      t('costPerParticipant'),
      take('cost_per_participant'),
      past('cost_per_participant'),
      'rupiah',
      'relative',
    ),
  ];
  const types = byType.rows
    .filter((r) => r.programs !== 0)
    .map((r) => ({ row: r, cost: published(r, 'cost_per_participant') }))
    .sort((a, b) => (b.cost.value ?? -1) - (a.cost.value ?? -1));
  const typeName = (code: unknown) => label('program_type', String(code) as never, lang);
  const bars: BriefBar[] = types.map(({ row: r, cost }) => ({
    label: typeName(r.program_type),
    value: cost.value,
    suppressed: cost.suppressed,
    text: show(cost, 'rupiah', lang),
  }));
  const sentences: string[] = [];
  if (take('programs').value === 0) {
    sentences.push(t('programsNone', { year: context.year }));
  } else {
    sentences.push(
      t('programsSentence', {
        year: context.year,
        programs: say(take('programs'), 'count', lang),
        budget: say(take('budget_idr'), 'rupiah', lang),
        participants: say(take('participants'), 'count', lang),
        target: say(take('target_participants'), 'count', lang),
        attainment: say(take('target_attainment'), 'percent', lang),
      }),
    );
    sentences.push(
      t('programsOnTarget', {
        share: say(take('on_target_share'), 'percent', lang),
        completion: say(take('completion_rate'), 'percent', lang),
      }),
    );
    const dearest = types.find((type) => type.cost.value != null);
    if (dearest) {
      const cost = figures[3]!;
      sentences.push(
        t('programsCost', {
          cost: say(take('cost_per_participant'), 'rupiah', lang),
          change:
            cost.direction != null && cost.change
              ? t('programsCostChange', {
                  delta: cost.change.split(' ').slice(0, -2).join(' '),
                  year: previousYear ?? '',
                })
              : '',
          dearest: typeName(dearest.row.program_type).toLowerCase(),
          dearestCost: show(dearest.cost, 'rupiah', lang),
        }),
      );
    }
  }
  return {
    id: 'programs',
    title: t('programsTitle'),
    question: t('programsQuestion'),
    figures,
    chart: bars.length
      ? { type: 'bars', title: t('programsChart'), units: t('programsUnits'), bars }
      : null,
    chartNote: bars.length ? null : t('programsNone', { year: context.year }),
    sentences,
    limits: null,
    source: sourceLine(context, 'programs'),
  };
}
