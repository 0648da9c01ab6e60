import { catalogResponse } from '$lib/server/part2/data-catalog.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => respond(() => catalogResponse());
