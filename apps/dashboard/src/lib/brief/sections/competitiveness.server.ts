/** The brief's section: Competitiveness and the strongest crafts (competitiveness, rca). */
import { label } from '@anyam/core';
import type { MetricRow } from '@anyam/core';
import type { MetricResponse } from '../../server/api.js';
import { formatValue } from '../../format.js';
import { published, say, show } from '../published.js';
import type { BriefBar, BriefSection } from '../types.js';
import {
  figureOf,
  first,
  list,
  regionLabel,
  sourceLine,
  type Context,
  type Rows,
} from '../context.server.js';

export async function competitivenessSection(context: Context): Promise<BriefSection> {
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
