/**
 * `GET /api/provinces/reach?year=`: the national map in one request and one query, each province's
 * reach row for the year: the rows of `/api/metrics/reach?region=ID&by=region&year=Y` (the same
 * cached answer, suppressed as that breakdown is), named and in the order of the dataset's
 * provinces, with a null row for a province the breakdown has no row for.
 */
import { nationalScope, type MetricRow } from '@anyam/core';
import { metricResponse, regionsResponse } from './api.js';
import { queryObject } from './params.js';

export interface ProvinceReachAnswer {
  year: number;
  from: string;
  to: string;
  provinces: { code: string; name: string; row: MetricRow | null }[];
}

export async function provinceReachResponse(query: URLSearchParams): Promise<ProvinceReachAnswer> {
  const raw = queryObject(query, ['year']);
  const [{ provinces }, answer] = await Promise.all([
    regionsResponse(new URLSearchParams()),
    metricResponse(
      'reach',
      new URLSearchParams({
        region: nationalScope,
        by: 'region',
        ...(raw.year ? { year: raw.year } : {}),
      }),
    ),
  ]);
  const rows = new Map(answer.rows.map((row) => [String(row.region_code), row]));
  return {
    year: Number(answer.to.slice(0, 4)),
    from: answer.from,
    to: answer.to,
    provinces: provinces.map(({ code, name }) => ({ code, name, row: rows.get(code) ?? null })),
  };
}
