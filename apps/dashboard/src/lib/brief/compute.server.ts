/**
 * The regional brief, computed on the server through the public API's own functions
 * (`metricResponse`, `adviceResponse`, `councilsResponse`), so that every number printed is the
 * number `GET /api/metrics/NAME` answers for the same region and year, suppressed alike.
 */
import { formatDate, formatInteger, label, type Lang, type Region } from '@anyam/core';
import type { MetricRow } from '@anyam/core';
import {
  datasetRegions,
  metricOptions,
  metricResponse,
  participationYears,
  type MetricResponse,
} from '../server/api.js';
import { ApiError } from '../server/api-error.js';
import { getDataset } from '../server/dataset.js';
import { queryObject } from '../server/params.js';
import { publicCreatedBy } from '../server/public-created-by.js';
import { adviceResponse, councilsResponse, type AdviceAnswer } from '../server/part2/advice.js';
import { shortName } from '../charts/tile-layouts.js';
import { formatValue } from '../format.js';
import { briefFigure, type ChangeMode } from './figure.js';
import { published, say, show, type Published } from './published.js';
import { briefText, type BriefTextKey } from './text.js';
import type { Brief, BriefBar, BriefFigure, BriefSection } from './types.js';
import type { ValueKind } from '../format.js';

/** Where the project's methods text lives (linked from the appendix, as the CLI's help does). */
export const methodsLink = 'https://github.com/anyam-id/anyam/blob/main/docs/metrics.md';

type Rows = MetricRow[];

interface Context {
  lang: Lang;
  region: Region;
  year: number;
  previousYear: number | null;
  firstYear: number;
  version: string;
  names: Map<string, Region>;
  councilNames: Map<string, string>;
  t: (key: BriefTextKey, values?: Record<string, string | number>) => string;
  /** A metric for the brief's region and year (or another year), as the API answers it. */
  metric: (name: string, params?: Record<string, string>) => Promise<MetricResponse>;
}

const sum = (values: readonly (number | null)[]): number | null =>
  values.some((value) => value != null)
    ? values.reduce<number>((total, value) => total + (value ?? 0), 0)
    : 0;

const mean = (values: readonly number[]): number | null =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

function figureOf(
  context: Context,
  key: string,
  labelText: string,
  current: Published,
  previous: Published | undefined,
  kind: ValueKind,
  change: ChangeMode | null,
  note?: string,
): BriefFigure {
  return briefFigure(
    {
      key,
      label: labelText,
      current,
      previous,
      previousYear: context.previousYear,
      kind,
      change,
      ...(note ? { note } : {}),
    },
    context.lang,
  );
}

function sourceLine(context: Context, metrics: string, period = String(context.year)): string {
  return context.t('source', {
    metrics,
    scope: scopeName(context.region, context.names),
    period,
    version: context.version,
  });
}

function scopeName(region: Region, names: Map<string, Region>): string {
  const parts = [shortName(region.name)];
  for (let code = region.parent_code; code; code = names.get(code)?.parent_code ?? null) {
    const parent = names.get(code);
    if (parent) parts.push(shortName(parent.name));
  }
  return parts.join(', ');
}

const regionLabel = (context: Context, code: string): string =>
  shortName(context.names.get(code)?.name ?? code);

const councilLabel = (context: Context, id: string): string => context.councilNames.get(id) ?? id;

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${lang === 'en' ? ' and ' : ' dan '}${items.at(-1)}`;
}

const first = (response: MetricResponse | null): MetricRow | undefined => response?.rows[0];

async function reachSection(context: Context): Promise<BriefSection> {
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

async function competitivenessSection(context: Context): Promise<BriefSection> {
  const { t, lang, previousYear, region } = context;
  // RCA compares a region with its parent: a province's regencies with the province, a regency
  // with the other regencies of its province.
  const rcaScope =
    region.level === 'province' || !region.parent_code ? region.code : region.parent_code;
  const [now, before, byCategory, rcaNow, rcaBefore] = await Promise.all([
    context.metric('competitiveness'),
    previousYear ? context.metric('competitiveness', { year: String(previousYear) }) : null,
    context.metric('competitiveness', { by: 'craft_category' }),
    context.metric('rca', { region: rcaScope }),
    previousYear ? context.metric('rca', { region: rcaScope, year: String(previousYear) }) : null,
  ]);
  const row = first(now);
  const prev = first(before);
  const take = (field: string) => published(row, field);
  const past = (field: string) => (prev ? published(prev, field) : undefined);
  const ownRows = (response: MetricResponse | null): Rows =>
    (response?.rows ?? []).filter((r) =>
      rcaScope === region.code ? true : r.region_code === region.code,
    );
  const rcaRows = ownRows(rcaNow)
    .filter((r) => typeof r.rca === 'number' && !published(r, 'rca').suppressed)
    .sort((a, b) => (b.rca as number) - (a.rca as number));
  const top = rcaRows[0];
  const categoryName = (code: unknown) => label('craft_category', String(code) as never, lang);
  const pairName = (r: MetricRow) =>
    rcaScope === region.code
      ? t('rcaPair', {
          category: categoryName(r.craft_category),
          region: regionLabel(context, String(r.region_code)),
          rca: formatValue(r.rca as number, 'ratio', lang),
        })
      : t('rcaOwn', {
          category: categoryName(r.craft_category),
          rca: formatValue(r.rca as number, 'ratio', lang),
        });
  const topBefore = top
    ? ownRows(rcaBefore).find(
        (r) => r.region_code === top.region_code && r.craft_category === top.craft_category,
      )
    : undefined;
  const figures = [
    figureOf(
      context,
      'competitiveness.pci_median',
      t('pciMedian'),
      take('pci_median'),
      past('pci_median'),
      'index',
      'points',
    ),
    figureOf(
      context,
      'competitiveness.export_ready_share',
      t('exportReady'),
      take('export_ready_share'),
      past('export_ready_share'),
      'percent',
      'percentagePoints',
    ),
    figureOf(
      context,
      'competitiveness.products_assessed',
      t('productsAssessed'),
      take('products_assessed'),
      past('products_assessed'),
      'count',
      'relative',
    ),
  ];
  if (top) {
    figures.push(
      figureOf(
        context,
        'rca.rca',
        t('strongestCraft'),
        published(top, 'rca'),
        rcaBefore ? published(topBefore, 'rca') : undefined,
        'ratio',
        'ratio',
        rcaScope === region.code
          ? `${categoryName(top.craft_category)}, ${regionLabel(context, String(top.region_code))}`
          : categoryName(top.craft_category),
      ),
    );
  }
  const categories = byCategory.rows
    .filter((r) => r.products_assessed !== 0)
    .map((r) => ({ row: r, median: published(r, 'pci_median') }))
    .sort((a, b) => (b.median.value ?? -1) - (a.median.value ?? -1));
  const bars: BriefBar[] = categories.map(({ row: r, median }) => ({
    label: categoryName(r.craft_category),
    value: median.value,
    suppressed: median.suppressed,
    text: show(median, 'index', lang),
  }));
  const sentences: string[] = [];
  const products = take('products_assessed');
  if (products.value === 0 && !products.suppressed) {
    sentences.push(t('pciNone', { year: context.year }));
  } else {
    const change =
      figures[0]!.change && past('pci_median')?.value != null && take('pci_median').value != null
        ? t('pciChange', {
            delta: figures[0]!.change.split(' ').slice(0, -2).join(' '),
            year: previousYear ?? '',
          })
        : '';
    sentences.push(
      t('pciSentence', {
        pci: say(take('pci_median'), 'index', lang),
        change,
        share: say(take('export_ready_share'), 'percent', lang),
        products: say(products, 'count', lang),
      }),
    );
    const known = categories.filter((c) => c.median.value != null);
    if (known.length >= 2) {
      const name = (c: (typeof known)[number]) =>
        `${categoryName(c.row.craft_category)} (${formatValue(c.median.value, 'index', lang)})`;
      sentences.push(t('pciBest', { best: name(known[0]!), worst: name(known.at(-1)!) }));
    }
    const strong = rcaRows.filter((r) => (r.rca as number) > 1).slice(0, 3);
    sentences.push(
      strong.length ? t('rcaSentence', { list: list(strong.map(pairName), lang) }) : t('rcaNone'),
    );
  }
  return {
    id: 'competitiveness',
    title: t('competitivenessTitle'),
    question: t('competitivenessQuestion'),
    figures,
    chart: bars.length ? { type: 'bars', title: t('pciChart'), units: t('pciUnits'), bars } : null,
    chartNote: bars.length ? null : t('pciNone', { year: context.year }),
    sentences,
    limits: null,
    source: sourceLine(context, 'competitiveness, rca'),
  };
}

async function visitsSection(context: Context): Promise<BriefSection> {
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
            text: `${signed > 0 ? '+' : signed < 0 ? '−' : ''}${formatValue(Math.abs(signed), 'index', lang)}`,
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
          change: `${change > 0 ? '+' : change < 0 ? '−' : ''}${formatValue(Math.abs(change), 'index', lang)}`,
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

async function programsSection(context: Context): Promise<BriefSection> {
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

/** The event study's parameters for cohorts from the dataset's first year up to `year`. */
export function eventStudyParams(
  region: string,
  firstYear: number,
  year: number,
): Record<string, string> {
  return { region, from: `${firstYear}-01-01`, to: `${year}-12-31` };
}

async function impactSection(context: Context): Promise<BriefSection> {
  const { t, lang, previousYear, firstYear, region } = context;
  const [now, before] = await Promise.all([
    context.metric('event_study', eventStudyParams(region.code, firstYear, context.year)),
    previousYear
      ? context.metric('event_study', eventStudyParams(region.code, firstYear, previousYear))
      : null,
  ]);
  const find = (response: MetricResponse | null, key: string) =>
    response?.rows.find((r) => r.event_time === key);
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
    figureOf(
      context,
      'event_study.post.effect_pct',
      t('postEffect'),
      effect,
      before ? published(find(before, 'post'), 'effect_pct') : undefined,
      'signedPercent',
      'points',
      effect.value != null ? t('interval', { low: pct(low), high: pct(high) }) : undefined,
    ),
    figureOf(
      context,
      'event_study.pre.p_value',
      t('preP'),
      p,
      before ? published(find(before, 'pre'), 'p_value') : undefined,
      'ratio',
      'ratio',
      df.value ? t('preNote', { df: formatInteger(df.value, lang) }) : undefined,
    ),
    figureOf(
      context,
      'event_study.post.treated_n',
      t('treatedN'),
      published(post, 'treated_n'),
      before ? published(find(before, 'post'), 'treated_n') : undefined,
      'count',
      'relative',
    ),
  ];
  const times = (now.rows ?? []).filter((r) => r.event_time !== 'pre' && r.event_time !== 'post');
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

async function adviceSection(context: Context, council: string | null): Promise<BriefSection> {
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

/**
 * The brief of `GET /brief?region=&year=&lang=`. A bad parameter is an `ApiError` (400) whose
 * message the page shows; a region with no enterprise and no council gives a brief that says so.
 */
export async function computeBrief(query: URLSearchParams): Promise<Brief> {
  const raw = queryObject(query, ['region', 'year', 'lang']);
  const langText = raw.lang ?? 'id';
  if (langText !== 'id' && langText !== 'en')
    throw new ApiError(400, `Parameter lang must be id or en, got ${JSON.stringify(langText)}.`);
  const lang: Lang = langText;
  const t = (key: BriefTextKey, values: Record<string, string | number> = {}) =>
    briefText(lang, key, values);
  const handle = await getDataset();
  const span = await participationYears(handle);
  if (!span)
    throw new ApiError(400, 'The dataset has no participation, so there is no year to brief.');
  const options = await metricOptions(handle, 'reach', {
    ...(raw.region !== undefined ? { region: raw.region } : {}),
    ...(raw.year !== undefined ? { year: raw.year } : {}),
  });
  const year = Number(options.to.slice(0, 4));
  if (year < span.first || year > span.last)
    throw new ApiError(
      400,
      `Parameter year must be between ${span.first} and ${span.last}, the years of the dataset, got ${year}.`,
    );
  const regions = await datasetRegions(handle);
  const names = new Map(regions.map((r) => [r.code, r]));
  const region = names.get(options.region)!;
  const previousYear = year > span.first ? year - 1 : null;
  const version = handle.version;
  const allCouncils = await councilsResponse(
    new URLSearchParams({ region: options.region.split('.')[0]! }),
  );
  const councils = await councilsResponse(new URLSearchParams({ region: region.code }));
  const councilNames = new Map<string, string>();
  for (const c of allCouncils.councils)
    councilNames.set(c.council_id, shortName(names.get(c.region_code)?.name ?? c.name));
  const context: Context = {
    lang,
    region,
    year,
    previousYear,
    firstYear: span.first,
    version,
    names,
    councilNames,
    t,
    // A period given as from/to (the event study) replaces the year.
    metric: (name, params = {}) =>
      metricResponse(
        name,
        new URLSearchParams({
          region: region.code,
          ...('from' in params ? {} : { year: String(year) }),
          ...params,
        }),
      ),
  };
  const manifest = handle.manifest;
  const createdBy = publicCreatedBy(manifest.created_by);
  const madeBy = Object.entries(createdBy)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
  const parents = scopeName(region, names).split(', ').slice(1).join(', ');
  const reach = await context.metric('reach');
  const competitiveness = await context.metric('competitiveness');
  const reachRow = first(reach);
  const pciRow = first(competitiveness);
  const empty =
    councils.councils.length === 0 &&
    published(reachRow, 'eligible_artisans').value === 0 &&
    published(pciRow, 'products_assessed').value === 0 &&
    published(pciRow, 'unassessed').value === 0;
  const regionName = shortName(region.name);
  const sections = empty
    ? []
    : await Promise.all([
        reachSection(context),
        competitivenessSection(context),
        visitsSection(context),
        programsSection(context),
        impactSection(context),
        adviceSection(
          context,
          councils.councils.find((c) => c.region_code === region.code)?.council_id ?? null,
        ),
      ]);
  const rows = Object.entries(manifest.tables)
    .filter(([, entry]) => entry)
    .map(([table, entry]) => `${table} ${formatInteger(entry!.rows, lang)}`)
    .join(', ');
  return {
    lang,
    region: { code: region.code, name: regionName, level: region.level, parents },
    year,
    previousYear,
    cover: {
      title: t('briefTitle'),
      subtitle: t('briefSubtitle'),
      lines: [
        {
          label: t('coverRegion'),
          value: `${regionName}${parents ? `, ${parents}` : ''} (${label('region_level', region.level, lang)}, ${region.code})`,
        },
        { label: t('coverYear'), value: String(year) },
        {
          label: t('coverCompared'),
          value: previousYear ? String(previousYear) : t('coverNoPrevious'),
        },
        { label: t('coverDataset'), value: version },
        { label: t('coverCreated'), value: formatDate(manifest.created_at, lang) },
        { label: t('coverSource'), value: madeBy },
      ],
      councils: councils.councils.map((c) => c.name),
    },
    empty: empty ? t('emptyBrief', { name: regionName, version }) : null,
    sections,
    methods: {
      title: t('methodsTitle'),
      intro: t('methodsIntro'),
      items: [
        { title: t('reachTitle'), text: t('mReach') },
        { title: t('competitivenessTitle'), text: `${t('mCompetitiveness')} ${t('mRca')}` },
        { title: t('visitsTitle'), text: t('mVisits') },
        { title: t('programsTitle'), text: t('mPrograms') },
        { title: t('impactTitle'), text: t('mImpact') },
        { title: t('adviceTitle'), text: t('mAdvice') },
      ],
      suppression: `${t('suppressionTitle')}: ${t('suppression')}`,
      provenance: [
        { label: t('provenanceVersion'), value: version },
        {
          label: t('provenanceCreated'),
          value: `${formatDate(manifest.created_at, lang)} (${manifest.created_at})`,
        },
        { label: t('provenanceBy'), value: madeBy },
        { label: t('provenanceFormat'), value: String(manifest.format_version) },
        { label: t('provenanceRows'), value: rows },
      ],
      link: methodsLink,
    },
    footer: t('footer', { name: regionName, year }),
    labels: {
      print: t('print'),
      contents: t('contents'),
      methodsTitle: t('methodsTitle'),
      suppressedNote: t('suppressedNote'),
      sourceLabel: t('sourceLabel'),
      printHint: t('printHint'),
    },
  };
}
