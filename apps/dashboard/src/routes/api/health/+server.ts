import { healthResponse } from '$lib/server/api.js';
import { queryObject } from '$lib/server/params.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

// `lang` (the language of the 503 sentence) is its one parameter: any other answers 400, as on
// every endpoint, before the dataset is looked at.
export const GET: RequestHandler = ({ url }) =>
  respond(() => {
    queryObject(url.searchParams, ['lang']);
    return healthResponse();
  });
