import { adviceResponse } from '$lib/server/councils/advice.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => respond(() => adviceResponse(url.searchParams));
