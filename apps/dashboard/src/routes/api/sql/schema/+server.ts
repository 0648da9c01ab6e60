import { respondAsAnalyst } from '$lib/server/analyst-access.js';
import { sqlSchemaResponse } from '$lib/server/sql/sql.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => respondAsAnalyst(event, () => sqlSchemaResponse());
