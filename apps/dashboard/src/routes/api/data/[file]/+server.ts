import { analystRefusal } from '$lib/server/analyst-access.js';
import { downloadResponse } from '$lib/server/data/data-files.js';
import { respond } from '$lib/server/respond.js';
import type { RequestHandler } from './$types';

// A file on success; errors go through `respond` so they read like every other API error.
export const GET: RequestHandler = async (event) => {
  const { params } = event;
  // Raw tables (birth year, gender, enterprise of every artisan) are for analysts only.
  const refused = await analystRefusal(event);
  if (refused) return refused;
  try {
    return await downloadResponse(params.file);
  } catch (error) {
    return respond(() => Promise.reject(error));
  }
};
