/**
 * `GET /api/councils?region=`: the councils of a scope (the advice page's select).
 * `GET /api/advice?council=&dimension=&year=&lang=`: the advice metric (metrics.md section 9,
 * suppressed, through the public metric API's code) with what the page needs around it: the
 * council, the dimension used and whether it was chosen or found as the weakest, the council's
 * own four dimension means, each candidate's name, and the first visit the counts of visits and
 * adoptions start from, so that the page can say the period they cover. The sub-scores inside
 * each dimension are a request of their own (`advice-sub-scores.ts`).
 */
import {
  inRegionSql,
  pciDimensions,
  weakestDimension,
  type DimensionMeans,
  type MetricRow,
  type PciDimension,
} from '@anyam/core';
import { metricOptions, metricResponse } from '../api.js';
import { ApiError } from '../api-error.js';
import { getDataset } from '../dataset.js';
import { queryObject } from '../params.js';
import { cachedFor } from './cached-for.js';
import { adviceOwn, allCouncils } from './advice-own.js';

export interface CouncilOption {
  council_id: string;
  name: string;
  region_code: string;
}

export async function councilsResponse(
  query: URLSearchParams,
): Promise<{ region: string; councils: CouncilOption[] }> {
  const raw = queryObject(query, ['region', 'lang']);
  const handle = await getDataset();
  const options = await metricOptions(handle, 'network', raw.region ? { region: raw.region } : {});
  const rows = await cachedFor(handle, `councils:${options.region}`, () =>
    handle.query(
      `SELECT council_id, name, region_code FROM councils WHERE ${inRegionSql('region_code')} ORDER BY region_code, council_id`,
      {
        region: options.region,
      },
    ),
  );
  return {
    region: options.region,
    councils: rows.map((row) => ({
      council_id: String(row.council_id),
      name: String(row.name),
      region_code: String(row.region_code),
    })),
  };
}

export interface AdviceAnswer {
  region: string;
  from: string;
  to: string;
  council: CouncilOption;
  dimension: PciDimension;
  /** `chosen`: from the request; `weakest`: the council's lowest dimension. */
  dimension_source: 'chosen' | 'weakest';
  own: DimensionMeans & { products_assessed: number | null; suppressed: string[] };
  /**
   * The date of the first study visit by `to` (null without any): `visits_hosted`,
   * `practices_shown` and `adoption_rate` count every visit from it to `to`, not `from`.
   */
  visits_from: string | null;
  rows: (MetricRow & { name: string; region_code: string | null })[];
}

export async function adviceResponse(query: URLSearchParams): Promise<AdviceAnswer> {
  const raw = queryObject(query, ['region', 'year', 'from', 'to', 'council', 'dimension', 'lang']);
  if (!raw.council)
    throw new ApiError(
      400,
      'advice needs council: the id of the council to advise, such as DKR-36.01.',
    );
  const handle = await getDataset();
  const options = await metricOptions(handle, 'advice', raw);
  const metric = await metricResponse('advice', new URLSearchParams(raw));
  const councils = await allCouncils(handle);
  const byId = new Map(councils.map((row) => [String(row.council_id), row]));
  const target = byId.get(raw.council)!;
  const {
    row: own,
    means,
    hidden,
  } = await adviceOwn(
    handle,
    { council_id: raw.council, region_code: String(target.region_code) },
    options,
  );
  const dimension = (options.dimension as PciDimension | undefined) ?? weakestDimension(means);
  const rows: AdviceAnswer['rows'] = metric.rows.map((row) => {
    const council = byId.get(String(row.council_id));
    return {
      ...row,
      name: council ? String(council.name) : String(row.council_id),
      region_code: council ? String(council.region_code) : null,
    };
  });
  // The metric's visits CTE: every visit to another council up to `to`, whatever `from` is.
  const [firstVisit] = await cachedFor(handle, `advice-visits-from:${options.to}`, () =>
    handle.query(
      `SELECT strftime(min(visit_date), '%Y-%m-%d') AS first_visit FROM study_visits
       WHERE visit_date <= CAST($to AS DATE) AND visiting_council_id <> host_council_id`,
      { to: options.to },
    ),
  );
  return {
    region: metric.region,
    from: metric.from,
    to: metric.to,
    council: {
      council_id: raw.council,
      name: String(target.name),
      region_code: String(target.region_code),
    },
    dimension,
    dimension_source: options.dimension ? 'chosen' : 'weakest',
    own: {
      ...Object.fromEntries(
        pciDimensions.map((field) => [field, hidden.includes(field) ? null : means[field]]),
      ),
      products_assessed: hidden.includes('products_assessed')
        ? null
        : Number(own.products_assessed ?? 0),
      suppressed: hidden.filter((field) => field === 'products_assessed' || field in means),
    } as AdviceAnswer['own'],
    visits_from: typeof firstVisit?.first_visit === 'string' ? firstVisit.first_visit : null,
    // metricResponse has hidden each gap already where the council's own score is hidden.
    rows,
  };
}
