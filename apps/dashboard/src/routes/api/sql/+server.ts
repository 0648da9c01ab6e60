import { respondAsAnalyst } from '$lib/server/analyst-access.js';
import { sqlResponse } from '$lib/server/sql/sql.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
  respondAsAnalyst(event, () => sqlResponse(event.request));
