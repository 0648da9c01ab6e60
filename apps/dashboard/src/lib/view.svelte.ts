/**
 * What every page reads from the URL and the layout's data: the filters, the effective year
 * (the dataset's latest when the URL has none), region names, and how to change a filter.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { NationalScopeRegion, Region } from '@anyam/core';
import { apiQuery, filterQuery, readFilters, type Filters } from './filters.js';
import { t as translate, type MessageKey } from './i18n/dictionary.js';
import type { HealthAnswer, RegionsAnswer } from './api-types.js';
import { shortName } from './charts/tile-layouts.js';

export class View {
  readonly filters: Filters = $derived(readFilters(page.url.searchParams));
  readonly lang = $derived(this.filters.lang);
  readonly health = $derived((page.data.health ?? null) as HealthAnswer | null);
  readonly regions = $derived((page.data.regions ?? null) as RegionsAnswer | null);
  readonly region: string = $derived(this.regions?.region.code ?? this.filters.region);
  readonly firstYear = $derived(this.health?.dataset.first_year ?? null);
  readonly lastYear = $derived(this.health?.dataset.last_year ?? null);
  /** The year the URL asks for when the dataset has it, else the latest (the page says which years exist). */
  readonly year: number | null = $derived(
    this.filters.year != null &&
      this.firstYear != null &&
      this.lastYear != null &&
      this.filters.year >= this.firstYear &&
      this.filters.year <= this.lastYear
      ? this.filters.year
      : this.lastYear,
  );
  readonly years: number[] = $derived.by(() => {
    const first = this.firstYear;
    const last = this.lastYear;
    if (first == null || last == null) return [];
    // The dataset's span of participations: reach has a value for each of these years.
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
  readonly names: Map<string, Region | NationalScopeRegion> = $derived.by(() => {
    const map = new Map<string, Region | NationalScopeRegion>();
    const data = this.regions;
    if (data) {
      for (const region of [data.region, ...data.ancestors, ...data.children, ...data.provinces])
        map.set(region.code, region);
    }
    for (const region of (page.data.provinceChildren ?? []) as Region[])
      map.set(region.code, region);
    return map;
  });

  t = (key: MessageKey, values: Record<string, string | number> = {}): string =>
    translate(this.lang, key, values);

  /** A region's display name; the scope's own row (records coded exactly the scope) says so. */
  regionName = (code: string, scopeRow = false): string => {
    const name = shortName(this.names.get(code)?.name ?? code);
    return scopeRow ? this.t('ownRecords', { name }) : name;
  };

  /** The scope's name with its parents, e.g. "Kab. Tangerang, Banten". */
  readonly scopeName = $derived(
    [this.regions?.region, ...[...(this.regions?.ancestors ?? [])].reverse()]
      .filter((region): region is Region | NationalScopeRegion => region != null)
      .map((region) => shortName(region.name))
      .join(', '),
  );

  /** Query of an API call with the scope and year. */
  api = (
    path: string,
    extra: Record<string, string | number | null | undefined> = {},
  ): string | null => {
    if (this.year == null) return null;
    return `${path}?${apiQuery({ region: this.region, year: this.year, ...extra })}`;
  };

  /** A link to `path` with every filter, the year always written out (a shared link must not drift to next year's data). */
  link = (path: string, change: Partial<Filters> = {}): string =>
    `${path}${filterQuery(this.filters, { year: this.year, ...change })}`;

  set = (change: Partial<Filters>): Promise<void> => {
    const target = new URL(this.link(page.url.pathname, change), page.url);
    // A page's own parameters (the council on /advice, the query on /sql) survive a filter change.
    const filterNames = ['region', 'year', 'category', 'type', 'lang', 'weights'];
    for (const [name, value] of page.url.searchParams) {
      if (!filterNames.includes(name) && !target.searchParams.has(name))
        target.searchParams.set(name, value);
    }
    return goto(`${target.pathname}${target.search}`, { keepFocus: true, noScroll: true });
  };
}
