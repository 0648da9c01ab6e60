/**
 * `GET /api/councils?region=`: the councils of a scope (the advice page's select).
 * `GET /api/advice?council=&dimension=&year=&lang=`: the advice metric (metrics.md section 9,
 * suppressed, through the public metric API's code) with what the page needs around it: the
 * council, the dimension used and whether it was chosen or found as the weakest, the council's
 * own four dimension means, and each candidate's name.
 */
import {
  inRegionSql,
  pciDimensions,
  productScoresSql,
  type MetricRow,
  type PciDimension,
} from '@anyam/core';
import { metricOptions, metricResponse } from '../api.js';
import { ApiError } from '../api-error.js';
import { suppressionK } from '../config.js';
import { getDataset } from '../dataset.js';
import { queryObject } from '../params.js';
import { cachedFor } from './shared.js';

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

export type DimensionMeans = Record<PciDimension, number | null>;

/**
 * The weakest dimension as advice picks it: lowest mean compared at 1e-9, ties to the first in
 * quality, materials, market, compliance order; quality when there is no assessed product.
 *
 *     weakestOf({ quality: 70, materials: 40, market: 40, compliance: 90 }) // 'materials'
 */
export function weakestOf(means: DimensionMeans): PciDimension {
  let weakest: PciDimension = pciDimensions[0];
  let lowest = Infinity;
  for (const dimension of pciDimensions) {
    const mean = means[dimension];
    if (mean == null) continue;
    const key = Math.floor(mean * 1e9 + 0.5);
    if (key < lowest) {
      lowest = key;
      weakest = dimension;
    }
  }
  return weakest;
}

/**
 * Reasons say nothing a suppressed field hides: core writes them from the unsuppressed numbers,
 * so a suppressed visit count reads "fewer than 5" and a suppressed adoption rate is left out.
 */
export function publishableReasons(row: MetricRow, lang: 'id' | 'en'): string[] {
  const reasons = Array.isArray(row.reasons) ? [...(row.reasons as string[])] : [];
  const suppressed = Array.isArray(row.suppressed) ? (row.suppressed as string[]) : [];
  if (suppressed.includes('visits_hosted') && reasons.length > 1) {
    reasons[1] =
      lang === 'en'
        ? `has hosted fewer than ${suppressionK} study visits`
        : `menerima studi tiru kurang dari ${suppressionK} kali`;
  }
  if (suppressed.includes('adoption_rate') && reasons.length > 2) reasons.splice(2, 1);
  return reasons;
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
  const lang = options.lang === 'en' ? 'en' : 'id';
  const metric = await metricResponse('advice', new URLSearchParams(raw));
  const councils = await cachedFor(handle, 'councils:all', () =>
    handle.query('SELECT council_id, name, region_code FROM councils'),
  );
  const byId = new Map(councils.map((row) => [String(row.council_id), row]));
  const target = byId.get(raw.council)!;
  const own = await cachedFor(handle, `advice-own:${raw.council}:${options.to}`, async () => {
    const [row] = await handle.query(
      `WITH scored AS (${productScoresSql()})
      SELECT count(*)::INTEGER AS n,
        CASE WHEN count(*) > 0 THEN CAST(100 * sum(quality_points) AS DOUBLE) / CAST(12 * count(*) AS DOUBLE) END AS quality,
        CASE WHEN count(*) > 0 THEN (100 * sum(materials)) / count(*) END AS materials,
        CASE WHEN count(*) > 0 THEN CAST(100 * sum(market_points) AS DOUBLE) / CAST(40 * count(*) AS DOUBLE) END AS market,
        CASE WHEN count(*) > 0 THEN CAST(100 * sum(compliance_points) AS DOUBLE) / CAST(3 * count(*) AS DOUBLE) END AS compliance
      FROM scored WHERE assessed AND ${inRegionSql('region_code')}`,
      {
        region: String(target.region_code),
        to: options.to,
        to_year: Number(options.to.slice(0, 4)),
      },
    );
    return row ?? {};
  });
  const means: DimensionMeans = {
    quality: typeof own.quality === 'number' ? own.quality : null,
    materials: typeof own.materials === 'number' ? own.materials : null,
    market: typeof own.market === 'number' ? own.market : null,
    compliance: typeof own.compliance === 'number' ? own.compliance : null,
  };
  const n = Number(own.n ?? 0);
  const hidden = n > 0 && n < suppressionK;
  const dimension = (options.dimension as PciDimension | undefined) ?? weakestOf(means);
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
    own: hidden
      ? {
          quality: null,
          materials: null,
          market: null,
          compliance: null,
          products_assessed: null,
          suppressed: ['products_assessed', ...pciDimensions],
        }
      : { ...means, products_assessed: n, suppressed: [] },
    rows: metric.rows.map((row) => {
      const council = byId.get(String(row.council_id));
      return {
        ...row,
        reasons: publishableReasons(row, lang),
        name: council ? String(council.name) : String(row.council_id),
        region_code: council ? String(council.region_code) : null,
      };
    }),
  };
}
