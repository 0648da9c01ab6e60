import type { MetricInput, MetricName } from './types.js';
import type { YearSpan } from './period.js';

/**
 * The calendar years of a metric's default period in a dataset: the latest year that has a
 * participation (one year), or for `impact` and `event_study` "every year of the dataset", read as the first to
 * the last year found in participations (`enrolled_on`) and outcomes (`year`), the two tables
 * impact reads. Impact's rows only exist for cohort years, which are participation years, so the
 * wider span changes the reported `from`/`to`, never the rows. `null` when the tables are empty.
 * `defaultYearsSql` is the same in DuckDB.
 *
 *     defaultYears(input, 'reach')  // { first: 2024, last: 2024 }
 *     defaultYears(input, 'impact') // { first: 2019, last: 2024 }
 */
export function defaultYears(
  input: Pick<MetricInput, 'participations' | 'outcomes'>,
  metric: MetricName,
): YearSpan | null {
  let first = Infinity;
  let last = -Infinity;
  for (const participation of input.participations) {
    const year = Number(participation.enrolled_on.slice(0, 4));
    if (year < first) first = year;
    if (year > last) last = year;
  }
  if (metric !== 'impact' && metric !== 'event_study')
    return Number.isFinite(last) ? { first: last, last } : null;
  for (const outcome of input.outcomes) {
    if (outcome.year < first) first = outcome.year;
    if (outcome.year > last) last = outcome.year;
  }
  return Number.isFinite(last) ? { first, last } : null;
}
