import { sqlTokenRequired } from '$lib/server/sql/sql.js';
import { sqlLimits } from '$lib/server/sql/sql-sandbox.js';
import type { PageServerLoad } from './$types';

// Whether to ask for a token comes from the server's environment; the token itself never does.
export const load: PageServerLoad = () => {
  const { maxRows, maxBytes, timeoutMs } = sqlLimits();
  return {
    tokenRequired: sqlTokenRequired(),
    limits: { rows: maxRows, mb: Math.round(maxBytes / 2 ** 20), seconds: timeoutMs / 1000 },
  };
};
