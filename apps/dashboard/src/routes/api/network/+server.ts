import { networkGraphResponse } from '$lib/server/councils/network.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
  respond(() => networkGraphResponse(url.searchParams));
