import { respondAsAnalyst } from '$lib/server/analyst-access.js';
import { sqlExamplesResponse } from '$lib/server/sql/sql.js';
import type { RequestHandler } from './$types';

// Part of the console: for analysts, like the queries they open.
export const GET: RequestHandler = (event) => respondAsAnalyst(event, () => sqlExamplesResponse());
