/** What the sections of the regional brief share: their context and small helpers. */
import type { Lang, MetricRow, Region } from '@anyam/core';
import type { MetricResponse } from '../server/api.js';
import { shortName } from '../charts/tile-layouts.js';
import type { ValueKind } from '../format.js';
import { briefFigure, type ChangeMode } from './figure.js';
import type { Published } from './published.js';
import type { BriefTextKey } from './text.js';
import type { BriefFigure } from './types.js';

export type Rows = MetricRow[];

/** What every section reads: the region, the years, names, texts and the API. */
export interface Context {
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

export const sum = (values: readonly (number | null)[]): number | null =>
  values.some((value) => value != null)
    ? values.reduce<number>((total, value) => total + (value ?? 0), 0)
    : 0;

export const mean = (values: readonly number[]): number | null =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

export function figureOf(
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

export function sourceLine(
  context: Context,
  metrics: string,
  period = String(context.year),
): string {
  return context.t('source', {
    metrics,
    scope: scopeName(context.region, context.names),
    period,
    version: context.version,
  });
}

export function scopeName(region: Region, names: Map<string, Region>): string {
  const parts = [shortName(region.name)];
  for (let code = region.parent_code; code; code = names.get(code)?.parent_code ?? null) {
    const parent = names.get(code);
    if (parent) parts.push(shortName(parent.name));
  }
  return parts.join(', ');
}

export const regionLabel = (context: Context, code: string): string =>
  shortName(context.names.get(code)?.name ?? code);

export const councilLabel = (context: Context, id: string): string =>
  context.councilNames.get(id) ?? id;

export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${lang === 'en' ? ' and ' : ' dan '}${items.at(-1)}`;
}

export const first = (response: MetricResponse | null): MetricRow | undefined => response?.rows[0];
