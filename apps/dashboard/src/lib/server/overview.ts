/**
 * `GET /api/overview?region=&year=`: the overview's headline figures for the year and the year
 * before, computed once per request. Each metric is the cached answer of `/api/metrics/NAME` for
 * the same region and year (so the overview and the metric pages share their work); impact runs
 * once per region, over every year of the dataset (the impact page's own default answer), and
 * each year's estimate is pooled from its cohort rows up to that year (a cohort's row does not
 * depend on the period's end); the study visits of both years are one query.
 */
import {
  effectInterval,
  inRegionSql,
  metricDefinition,
  pooledCohort,
  suppress,
  type MetricRow,
} from '@anyam/core';
import type { DatasetHandle } from '@anyam/duckdb';
import type { Headline, OverviewAnswer } from '../api-types.js';
import {
  cached,
  datasetYears,
  metricOptions,
  metricResponse,
  participationYears,
  unsuppressedMetric,
  type MetricResponse,
} from './api.js';
import { suppressionK } from './config.js';
import { getDataset } from './dataset.js';
import { queryObject } from './params.js';

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function firstRow(response: MetricResponse, key?: [string, string]): MetricRow | undefined {
  return key ? response.rows.find((row) => row[key[0]] === key[1]) : response.rows[0];
}

/**
 * Impact's pooled row (`cohort: "all"`) up to `year`, suppressed, from the unsuppressed rows of
 * impact over the dataset's first year up to `last`: the SQL's own pooled row when `year` is
 * `last`, else the pool of the cohort rows up to `year`.
 *
 *     impactUpTo(rows, 2023, 2024) // { cohort: 'all', treated_n: 812, ..., suppressed: [] }
 */
export function impactUpTo(rows: readonly MetricRow[], year: number, last: number): MetricRow {
  const pooled =
    year === last
      ? rows.find((row) => row.cohort === 'all')
      : (() => {
          const cohorts = rows
            .filter((row) => row.cohort !== 'all' && Number(row.cohort) <= year)
            .map((row) => ({
              treated_n: num(row.treated_n) ?? 0,
              comparison_n: num(row.comparison_n) ?? 0,
              did: num(row.did),
              se: num(row.se),
            }));
          const estimate = pooledCohort(cohorts);
          return { cohort: 'all', ...estimate, ...effectInterval(estimate.did, estimate.se) };
        })();
  const [row] = suppress(
    [pooled ?? { cohort: 'all', ...pooledCohort([]), ...effectInterval(null, null) }],
    metricDefinition('impact').suppression,
    suppressionK,
  );
  return row as MetricRow;
}

/** Study visits made by the councils of `region` in each year from `from` to `to`. */
function visitsByYear(
  handle: DatasetHandle,
  region: string,
  from: number,
  to: number,
): Promise<Map<number, number>> {
  return cached(handle, `visits:${region}:${from}:${to}`, async () => {
    const rows = await handle.query(
      `SELECT CAST(year(v.visit_date) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS n
       FROM study_visits v JOIN councils c ON c.council_id = v.visiting_council_id
       WHERE v.visit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE) AND ${inRegionSql('c.region_code')}
       GROUP BY 1`,
      { region, from: `${from}-01-01`, to: `${to}-12-31` },
    );
    return new Map(rows.map((row) => [Number(row.year), num(row.n) ?? 0]));
  });
}

/** The metric answers a year's headline reads; each is the cached `/api/metrics/NAME` answer. */
function headlineMetrics(region: string, year: number) {
  const params = new URLSearchParams({ region, year: String(year) });
  return Promise.all([
    metricResponse('reach', params),
    metricResponse('competitiveness', params),
    metricResponse('diffusion', params),
  ]);
}

function headline(
  year: number,
  [reach, competitiveness, diffusion]: Awaited<ReturnType<typeof headlineMetrics>>,
  impactRow: MetricRow,
  visits: number,
): Headline {
  const reachRow = firstRow(reach);
  const pciRow = firstRow(competitiveness);
  const diffusionRow = firstRow(diffusion, ['council_id', 'all']);
  const suppressed: string[] = [];
  const take = (row: MetricRow | undefined, field: string, as: string = field) => {
    const list = row?.suppressed;
    if (Array.isArray(list) && list.includes(field)) suppressed.push(as);
    return num(row?.[field]);
  };
  return {
    year,
    reached_artisans: take(reachRow, 'reached_artisans'),
    eligible_artisans: take(reachRow, 'eligible_artisans'),
    reach_rate: take(reachRow, 'reach_rate'),
    reached_enterprises: take(reachRow, 'reached_enterprises'),
    pci_median: take(pciRow, 'pci_median'),
    // Study visits are councils' public work: never suppressed (metrics.md).
    study_visits: visits,
    practices_adopted: take(diffusionRow, 'adopted', 'practices_adopted'),
    effect_pct: take(impactRow, 'effect_pct'),
    effect_ci_low_pct: take(impactRow, 'ci_low_pct', 'effect_ci_low_pct'),
    effect_ci_high_pct: take(impactRow, 'ci_high_pct', 'effect_ci_high_pct'),
    suppressed,
  };
}

/**
 * The overview's headline figures for the year and the year before (null `previous` when the
 * dataset has no earlier year). The revenue effect is impact's pooled estimate over every cohort
 * from the dataset's first year up to the year.
 *
 *     await overviewResponse(new URLSearchParams('region=36&year=2024'))
 *     // { region: '36', year: 2024, current: { year: 2024, ... }, previous: { year: 2023, ... } }
 */
export async function overviewResponse(query: URLSearchParams): Promise<OverviewAnswer> {
  const raw = queryObject(query, ['region', 'year']);
  const handle = await getDataset();
  const options = await metricOptions(handle, 'reach', raw);
  const region = options.region;
  const year = Number(options.to.slice(0, 4));
  const span = await datasetYears(handle, 'impact');
  const firstYear = Math.min(span?.first ?? year, year);
  // The year before only when the dataset offers it: outcomes may start before the first
  // participation year, which has no reach to compare with (a year without data is refused).
  const offered = await participationYears(handle);
  const previousYear = year > firstYear && year > (offered?.first ?? year) ? year - 1 : null;
  // Impact over every year of the dataset (the impact page's default period, so the two share
  // one computation), whatever the year: each year's estimate is pooled from its cohort rows, so
  // the overviews of every year of a region share it too.
  const lastYear = Math.max(span?.last ?? year, year);
  const impactRaw = { region, from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
  const impactOptions = await metricOptions(handle, 'impact', impactRaw);
  // Every query at once: none waits for another's answer.
  const [impact, visits, now, before] = await Promise.all([
    unsuppressedMetric(handle, impactOptions, impactRaw),
    visitsByYear(handle, region, previousYear ?? year, year),
    headlineMetrics(region, year),
    previousYear === null ? null : headlineMetrics(region, previousYear),
  ]);
  const current = headline(
    year,
    now,
    impactUpTo(impact.rows, year, lastYear),
    visits.get(year) ?? 0,
  );
  const previous =
    previousYear === null || before === null
      ? null
      : headline(
          previousYear,
          before,
          impactUpTo(impact.rows, previousYear, lastYear),
          visits.get(previousYear) ?? 0,
        );
  return { region, year, current, previous };
}
