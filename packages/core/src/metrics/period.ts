import type { Period } from './types.js';

/** What a caller asks for: a calendar year, an explicit range, or nothing (the default). */
export interface PeriodRequest {
  readonly year?: number;
  readonly from?: string;
  readonly to?: string;
}

/** The calendar years a default period spans (see `defaultYears` and `defaultYearsSql`). */
export interface YearSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Resolves a period request into ISO dates, following metrics.md's Period convention:
 * `year` means `Y-01-01..Y-12-31`; `from`/`to` are taken as they are; without either, the
 * default span (`defaultYears`: the latest year with a participation, or every year of the
 * dataset for impact). With no span at all (a dataset without participations) the default is
 * the current calendar year, so that an empty dataset still gets rows of zeros instead of an
 * error. Validation (`parseMetricOptions`) runs first; this function does not re-check.
 *
 *     resolvePeriod({ year: 2024 }, null)                   // { from: '2024-01-01', to: '2024-12-31' }
 *     resolvePeriod({}, { first: 2021, last: 2024 })        // { from: '2021-01-01', to: '2024-12-31' }
 *     resolvePeriod({ from: '2024-03-01', to: '2024-06-30' }, null) // as given
 */
export function resolvePeriod(
  request: PeriodRequest,
  span: YearSpan | null,
  today: Date = new Date(),
): Period {
  if (request.year !== undefined)
    return { from: `${request.year}-01-01`, to: `${request.year}-12-31` };
  if (request.from !== undefined && request.to !== undefined)
    return { from: request.from, to: request.to };
  const fallback = today.getUTCFullYear();
  const first = span?.first ?? fallback;
  const last = span?.last ?? fallback;
  return { from: `${first}-01-01`, to: `${last}-12-31` };
}
