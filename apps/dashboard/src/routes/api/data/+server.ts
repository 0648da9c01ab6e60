import { catalogResponse } from '$lib/server/data/data-catalog.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => respond(() => catalogResponse());
