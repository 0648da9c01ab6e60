import { sqlResponse } from '$lib/server/part2/sql.js';
import { respondWithAuth } from '$lib/server/part2/respond-auth.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request }) => respondWithAuth(() => sqlResponse(request));
