import { overviewResponse } from '$lib/server/overview.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => respond(() => overviewResponse(url.searchParams));
