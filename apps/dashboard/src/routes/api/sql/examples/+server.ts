import { sqlExamplesResponse } from '$lib/server/part2/sql.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

// The example queries are files of the public repository, so they need no token.
export const GET: RequestHandler = () => respond(() => sqlExamplesResponse());
