import { apiQuery } from './filters.js';
import { getJson } from './resource.svelte.js';
import type { MetricAnswer, Row } from './api-types.js';

/** One reach row per year (the scope's own row), for the trend charts. */
export async function reachTrend(
  region: string,
  years: readonly number[],
  filters: { category: string | null; type: string | null },
  signal: AbortSignal,
): Promise<{ year: number; row: Row | undefined }[]> {
  return Promise.all(
    years.map(async (year) => {
      const answer = await getJson<MetricAnswer>(
        `/api/metrics/reach?${apiQuery({ region, year, category: filters.category, type: filters.type })}`,
        fetch,
        signal,
      );
      return { year, row: answer.rows[0] };
    }),
  );
}
