import { error } from '@sveltejs/kit';
import { computeBrief } from '$lib/brief/compute.server.js';
import { ApiError, YearWithoutData } from '$lib/server/api-error.js';
import { DatasetUnavailable } from '$lib/server/dataset.js';
import { withoutPaths } from '$lib/server/without-paths.js';
import { unavailableSentence } from '$lib/server/unavailable-sentence.js';
import type { PageServerLoad } from './$types';

// Everything is computed here, through the API's own functions, so the printed numbers are the
// API's; a bad parameter is a 400 page with its one sentence.
export const load: PageServerLoad = async ({ url }) => {
  try {
    return { brief: await computeBrief(url.searchParams) };
  } catch (problem) {
    if (problem instanceof YearWithoutData)
      error(400, {
        message: problem.message,
        yearWithoutData: { year: problem.year, first: problem.first, last: problem.last },
      });
    if (problem instanceof ApiError) error(problem.status, withoutPaths(problem.message));
    if (problem instanceof DatasetUnavailable)
      error(503, unavailableSentence(problem, url.searchParams.get('lang') === 'en' ? 'en' : 'id'));
    throw problem;
  }
};
