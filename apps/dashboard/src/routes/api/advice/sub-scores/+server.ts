import { adviceSubScoresResponse } from '$lib/server/councils/advice-sub-scores.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
  respond(() => adviceSubScoresResponse(url.searchParams));
