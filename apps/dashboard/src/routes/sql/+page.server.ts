import { sqlTokenRequired } from '$lib/server/part2/sql.js';
import type { PageServerLoad } from './$types';

// Whether to ask for a token comes from the server's environment; the token itself never does.
export const load: PageServerLoad = () => ({ tokenRequired: sqlTokenRequired() });
