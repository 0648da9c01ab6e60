import { provinceReachResponse } from '$lib/server/province-reach.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
  respond(() => provinceReachResponse(url.searchParams));
