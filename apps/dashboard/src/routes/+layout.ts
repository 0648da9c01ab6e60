import { nationalScope } from '@anyam/core';
import { readFilters } from '$lib/filters.js';
import { getJson } from '$lib/resource.svelte.js';
import type { HealthAnswer, RegionsAnswer } from '$lib/api-types.js';
import type { LayoutLoad } from './$types';

// The shell needs the dataset's years and the scope's regions; a missing dataset is shown in
// the page (with its one-sentence reason, in the page's language: the API answers it in the
// `lang` it is asked in), not as a crash. The server answers such a page with 503 (hooks).
export const load: LayoutLoad = async ({ fetch, url }) => {
  const filters = readFilters(url.searchParams);
  try {
    const health = await getJson<HealthAnswer>(`/api/health?lang=${filters.lang}`, fetch);
    let regions: RegionsAnswer;
    // A region code the reference does not know; the page says so above the province it shows.
    let unknownRegion: string | null = null;
    try {
      regions = await getJson<RegionsAnswer>(
        `/api/regions?region=${encodeURIComponent(filters.region)}`,
        fetch,
      );
    } catch {
      // An unknown region in a hand-edited link falls back to the province.
      unknownRegion = filters.region;
      regions = await getJson<RegionsAnswer>('/api/regions?region=36', fetch);
    }
    const province = regions.ancestors[0] ?? regions.region;
    // The whole country has no province of its own, so no regency to choose.
    const provinceChildren =
      province.code === nationalScope
        ? []
        : province.code === regions.region.code
          ? regions.children
          : (
              await getJson<RegionsAnswer>(
                `/api/regions?region=${encodeURIComponent(province.code)}`,
                fetch,
              )
            ).children;
    return { health, regions, provinceChildren, unknownRegion, datasetError: null };
  } catch (error) {
    return {
      health: null,
      regions: null,
      provinceChildren: [],
      unknownRegion: null,
      datasetError: error instanceof Error ? error.message : String(error),
    };
  }
};
