import { metricResponse } from '$lib/server/api.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
  respond(() => metricResponse(params.name, url.searchParams));
