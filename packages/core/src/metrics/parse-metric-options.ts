import { craftCategories, pciDimensions, programTypes } from '../domain/enums.js';
import { isoDate, regionCode, type Region } from '../domain/schemas.js';
import { parseEnum } from '../domain/parse-enum.js';
import { nationalScope } from '../regions/national-scope.js';
import { maxHorizon } from './event-study/event-times.js';
import { outcomeFields } from './impact/outcome-field.js';
import { MetricOptionsError } from './metric-options-error.js';
import type { PeriodRequest } from './period.js';
import { metricNames, type MetricName, type MetricOptions } from './types.js';

/** Options as a person types them (CLI flags, URL query), before any check. */
export interface RawMetricOptions {
  readonly region?: string | undefined;
  readonly year?: string | number | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly by?: string | undefined;
  readonly type?: string | undefined;
  readonly council?: string | undefined;
  readonly category?: string | undefined;
  readonly weighting?: string | undefined;
  readonly weights?: string | readonly number[] | undefined;
  readonly dimension?: string | undefined;
  readonly lang?: string | undefined;
  readonly outcome?: string | undefined;
  readonly horizon?: string | number | undefined;
}

/** Checked options with the period still unresolved (`resolvePeriod` gives `from`/`to`). */
export type ParsedMetricOptions = Omit<MetricOptions, 'from' | 'to'> &
  PeriodRequest & { readonly metric: MetricName };

/** The breakdowns (`by`) each metric offers (metrics.md); the others return fixed row sets. */
export const metricBreakdowns: Record<MetricName, readonly NonNullable<MetricOptions['by']>[]> = {
  reach: ['region', 'craft_category', 'program_type'],
  retention: ['region', 'craft_category'],
  competitiveness: ['region', 'craft_category'],
  rca: [],
  network: [],
  diffusion: [],
  impact: [],
  exhibitions: [],
  advice: [],
  event_study: ['cohort'],
  programs: ['council', 'program_type'],
  visit_outcomes: [],
};

const quote = (value: unknown) => JSON.stringify(String(value));

/**
 * Checks a metric request and types it, with one-sentence errors (`MetricOptionsError`) naming
 * the option at fault. `regions`, when given, is the region reference: the region must be in it.
 * Options a metric does not use are still checked (a typo is an error everywhere) and then kept,
 * since metrics ignore what they do not read. Enumeration values may be typed as their
 * Indonesian or English labels (`tenun`, `pelatihan`), as on import.
 *
 *     parseMetricOptions('reach', { region: '36.03', year: '2024', category: 'tenun' })
 *     // { metric: 'reach', region: '36.03', year: 2024, category: 'woven_textile' }
 *     parseMetricOptions('reach', { year: 'last' }) // throws: --year must be a whole number ...
 */
export function parseMetricOptions(
  metric: string,
  raw: RawMetricOptions,
  regions?: readonly Pick<Region, 'code'>[],
): ParsedMetricOptions {
  if (!(metricNames as readonly string[]).includes(metric)) {
    throw new MetricOptionsError(
      `Unknown metric ${quote(metric)}: use one of ${metricNames.join(', ')}.`,
      'metric',
    );
  }
  const name = metric as MetricName;
  // An empty value (an HTML form's or URL's `region=`) means the default, as for every option.
  const region = raw.region === undefined || raw.region.trim() === '' ? '36' : raw.region.trim();
  const national = region === nationalScope;
  if (!national && !regionCode.safeParse(region).success) {
    throw new MetricOptionsError(
      `--region must be ${nationalScope} (all of Indonesia) or a region code such as 36 or 36.03, not ${quote(region)}.`,
      'region',
    );
  }
  if (regions && !national && !regions.some((row) => row.code === region)) {
    throw new MetricOptionsError(`Region ${region} is not in the region reference.`, 'region');
  }
  const out: Record<string, unknown> = { metric: name, region };

  const hasYear = raw.year !== undefined && raw.year !== '';
  const hasFrom = raw.from !== undefined && raw.from !== '';
  const hasTo = raw.to !== undefined && raw.to !== '';
  if (hasYear && (hasFrom || hasTo)) {
    throw new MetricOptionsError('Give either --year or --from and --to, not both.', 'year');
  }
  if (hasYear) {
    const text = String(raw.year).trim();
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      throw new MetricOptionsError(
        `--year must be a whole year from 1900 to 2100 such as 2024, not ${quote(raw.year)}.`,
        'year',
      );
    }
    out.year = year;
  }
  if (hasFrom !== hasTo) {
    throw new MetricOptionsError(
      `--${hasFrom ? 'to' : 'from'} is missing: give --from and --to together.`,
      hasFrom ? 'to' : 'from',
    );
  }
  if (hasFrom && hasTo) {
    for (const key of ['from', 'to'] as const) {
      if (!isoDate.safeParse(raw[key]).success) {
        throw new MetricOptionsError(
          `--${key} must be a real date YYYY-MM-DD between 1900 and 2100, not ${quote(raw[key])}.`,
          key,
        );
      }
    }
    if (String(raw.from) > String(raw.to)) {
      throw new MetricOptionsError(`--from ${raw.from} is after --to ${raw.to}.`, 'from');
    }
    out.from = raw.from;
    out.to = raw.to;
  }

  if (raw.by !== undefined && raw.by !== '') {
    const allowed = metricBreakdowns[name];
    if (!(allowed as readonly string[]).includes(raw.by)) {
      throw new MetricOptionsError(
        allowed.length === 0
          ? `${name} has no breakdown, so --by ${raw.by} does not apply.`
          : `${name} can be broken down --by ${allowed.join(' or ')}, not ${quote(raw.by)}.`,
        'by',
      );
    }
    out.by = raw.by;
  }
  if (raw.type !== undefined && raw.type !== '') {
    const type = parseEnum('program_type', raw.type);
    if (!type)
      throw new MetricOptionsError(
        `Unknown --type ${quote(raw.type)}: use one of ${programTypes.join(', ')}.`,
        'type',
      );
    out.type = type;
  }
  if (raw.category !== undefined && raw.category !== '') {
    const category = parseEnum('craft_category', raw.category);
    if (!category) {
      throw new MetricOptionsError(
        `Unknown --category ${quote(raw.category)}: use one of ${craftCategories.join(', ')}.`,
        'category',
      );
    }
    out.category = category;
  }
  if (raw.council !== undefined && raw.council.trim() !== '') out.council = raw.council.trim();
  if (name === 'advice' && out.council === undefined) {
    throw new MetricOptionsError('advice needs --council ID: the council to advise.', 'council');
  }
  if (raw.weighting !== undefined && raw.weighting !== '') {
    if (raw.weighting !== 'arithmetic' && raw.weighting !== 'geometric') {
      throw new MetricOptionsError(
        `--weighting must be arithmetic or geometric, not ${quote(raw.weighting)}.`,
        'weighting',
      );
    }
    out.weighting = raw.weighting;
  }
  if (raw.weights !== undefined && raw.weights !== '') {
    const parts =
      typeof raw.weights === 'string'
        ? raw.weights.split(',').map((part) => part.trim())
        : raw.weights;
    const weights = parts.map((part) =>
      typeof part === 'number' ? part : part === '' ? NaN : Number(part),
    );
    if (
      weights.length !== 4 ||
      weights.some((w) => !Number.isFinite(w) || w < 0) ||
      weights.reduce((a, b) => a + b, 0) <= 0
    ) {
      throw new MetricOptionsError(
        `--weights must be four non-negative numbers Q,M,K,C with a positive sum, such as 0.4,0.2,0.2,0.2, not ${quote(raw.weights)}.`,
        'weights',
      );
    }
    out.weights = weights as unknown as readonly [number, number, number, number];
  }
  if (raw.dimension !== undefined && raw.dimension !== '') {
    if (!(pciDimensions as readonly string[]).includes(raw.dimension)) {
      throw new MetricOptionsError(
        `Unknown --dimension ${quote(raw.dimension)}: use one of ${pciDimensions.join(', ')}.`,
        'dimension',
      );
    }
    out.dimension = raw.dimension;
  }
  if (raw.lang !== undefined && raw.lang !== '') {
    if (raw.lang !== 'id' && raw.lang !== 'en')
      throw new MetricOptionsError(`--lang must be id or en, not ${quote(raw.lang)}.`, 'lang');
    out.lang = raw.lang;
  }
  if (raw.outcome !== undefined && raw.outcome !== '') {
    if (!(outcomeFields as readonly string[]).includes(raw.outcome))
      throw new MetricOptionsError(
        `--outcome must be one of ${outcomeFields.join(', ')}, not ${quote(raw.outcome)}.`,
        'outcome',
      );
    out.outcome = raw.outcome;
  }
  if (raw.horizon !== undefined && raw.horizon !== '') {
    const text = String(raw.horizon).trim();
    const horizon = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
    if (!(horizon >= 1 && horizon <= maxHorizon))
      throw new MetricOptionsError(
        `--horizon must be a whole number of years from 1 to ${maxHorizon}, not ${quote(raw.horizon)}.`,
        'horizon',
      );
    out.horizon = horizon;
  }
  return out as unknown as ParsedMetricOptions;
}
