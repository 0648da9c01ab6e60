/**
 * `GET /api/provinces/reach?year=`: the national map in one request, each province's reach row
 * (suppressed, as `/api/metrics/reach?region=P&year=Y` answers it) for every province of the
 * dataset. Each province's row comes from the same result cache as that metric request, so the
 * map and the province pages share their work; the provinces run one at a time, so one map never
 * takes more than one DuckDB connection.
 */
import type { MetricRow } from '@anyam/core';
import { metricResponse, regionsResponse } from './api.js';
import { queryObject } from './params.js';

export interface ProvinceReachAnswer {
  year: number | null;
  from: string | null;
  to: string | null;
  provinces: { code: string; name: string; row: MetricRow | null }[];
}

export async function provinceReachResponse(query: URLSearchParams): Promise<ProvinceReachAnswer> {
  const raw = queryObject(query, ['year']);
  const { provinces } = await regionsResponse(new URLSearchParams());
  const out: ProvinceReachAnswer = { year: null, from: null, to: null, provinces: [] };
  for (const province of provinces) {
    const answer = await metricResponse(
      'reach',
      new URLSearchParams({ region: province.code, ...(raw.year ? { year: raw.year } : {}) }),
    );
    out.from = answer.from;
    out.to = answer.to;
    out.year = Number(answer.to.slice(0, 4));
    out.provinces.push({ code: province.code, name: province.name, row: answer.rows[0] ?? null });
  }
  return out;
}
