/**
 * The dashboard's filters live in the URL query so that a view is a link. This module reads them
 * leniently (a page never fails on a hand-edited link: bad values fall back to defaults) and
 * writes links that keep every filter.
 */
import { craftCategories, nationalScope, programTypes, type Lang } from '@anyam/core';

export interface Filters {
  region: string;
  /** null: the latest year of the dataset. */
  year: number | null;
  category: string | null;
  type: string | null;
  lang: Lang;
  /** PCI weights in the order quality, materials, market, compliance (not yet normalised). */
  weights: [number, number, number, number];
}

export const defaultRegion = '36';
export const equalWeights: [number, number, number, number] = [0.25, 0.25, 0.25, 0.25];

const codePattern = /^\d{2}(\.\d{2}(\.\d{2})?)?$/;

function parseWeights(text: string | null): [number, number, number, number] {
  if (!text) return [...equalWeights];
  const parts = text.split(',').map(Number);
  if (
    parts.length !== 4 ||
    parts.some((w) => !Number.isFinite(w) || w < 0) ||
    parts.every((w) => w === 0)
  ) {
    return [...equalWeights];
  }
  return parts as [number, number, number, number];
}

/** A region a URL may name: a Kemendagri code, or `ID` for the whole country. */
const isRegionParam = (region: string) => region === nationalScope || codePattern.test(region);

/**
 * The filters of a URL query.
 *
 *     readFilters(new URLSearchParams('region=36.03&lang=en')).region // '36.03'
 *     readFilters(new URLSearchParams('region=ID')).region            // 'ID' (all of Indonesia)
 */
export function readFilters(query: URLSearchParams): Filters {
  const region = query.get('region');
  const year = query.get('year');
  const category = query.get('category');
  const type = query.get('type');
  return {
    region: region && isRegionParam(region) ? region : defaultRegion,
    year: year && /^\d{4}$/.test(year) ? Number(year) : null,
    category:
      category && (craftCategories as readonly string[]).includes(category) ? category : null,
    type: type && (programTypes as readonly string[]).includes(type) ? type : null,
    lang: query.get('lang') === 'en' ? 'en' : 'id',
    weights: parseWeights(query.get('weights')),
  };
}

/** A filter in the URL that `readFilters` could not use and replaced by its default. */
export interface FilterProblem {
  name: 'region' | 'year' | 'category' | 'type' | 'lang' | 'weights';
  value: string;
}

/**
 * The filters of a URL query that were refused, so that the page can say so instead of silently
 * showing the default (a planner who typed year=abc must learn that 2025 is shown instead).
 *
 *     filterProblems(new URLSearchParams('region=9x&year=abc&lang=en')) // [{ name: 'region', value: '9x' }, { name: 'year', value: 'abc' }]
 */
export function filterProblems(query: URLSearchParams): FilterProblem[] {
  const read = readFilters(query);
  const problems: FilterProblem[] = [];
  const given = (name: FilterProblem['name']) => query.get(name);
  const region = given('region');
  if (region != null && region !== read.region) problems.push({ name: 'region', value: region });
  const year = given('year');
  if (year != null && String(read.year) !== year) problems.push({ name: 'year', value: year });
  const category = given('category');
  if (category != null && category !== read.category)
    problems.push({ name: 'category', value: category });
  const type = given('type');
  if (type != null && type !== read.type) problems.push({ name: 'type', value: type });
  const lang = given('lang');
  if (lang != null && lang !== read.lang) problems.push({ name: 'lang', value: lang });
  const weights = given('weights');
  if (weights != null && weights.split(',').map(Number).join(',') !== read.weights.join(','))
    problems.push({ name: 'weights', value: weights });
  return problems;
}

/** Weights as they go in a URL: `0.4,0.2,0.2,0.2`. */
export function formatWeights(weights: readonly number[]): string {
  return weights.map((w) => String(Math.round(w * 1000) / 1000)).join(',');
}

/**
 * A query string with some filters changed; defaults are left out so links stay short.
 *
 *     filterQuery(readFilters(new URLSearchParams('lang=en')), { region: '36.03' }) // '?region=36.03&lang=en'
 */
export function filterQuery(filters: Filters, change: Partial<Filters> = {}): string {
  const next = { ...filters, ...change };
  const query = new URLSearchParams();
  if (next.region !== defaultRegion) query.set('region', next.region);
  if (next.year != null) query.set('year', String(next.year));
  if (next.category) query.set('category', next.category);
  if (next.type) query.set('type', next.type);
  if (next.lang !== 'id') query.set('lang', next.lang);
  if (next.weights.some((w, i) => Math.abs(w - equalWeights[i]!) > 1e-9)) {
    query.set('weights', formatWeights(next.weights));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The parameters of an API call for these filters (the API's own names). */
export function apiQuery(params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value != null && value !== '') query.set(name, String(value));
  }
  return query.toString();
}
