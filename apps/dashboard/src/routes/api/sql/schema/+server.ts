import { sqlSchemaResponse } from '$lib/server/part2/sql.js';
import { respondWithAuth } from '$lib/server/part2/respond-auth.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) =>
  respondWithAuth(() => sqlSchemaResponse(request));
