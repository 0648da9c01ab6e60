import { json } from '@sveltejs/kit';
import { ApiError } from './api-error.js';
import { DatasetUnavailable } from './dataset.js';
import { withoutPaths } from './without-paths.js';

/**
 * Runs an API handler and answers JSON: 200 with its result, 400/404 with `{ error }` for a bad
 * request, 503 when the dataset is missing or broken, 500 (logged) for anything else. A sentence
 * from DuckDB or the file system names files: every error body has the server's paths taken out.
 */
export async function respond(handler: () => Promise<unknown>): Promise<Response> {
  try {
    return json(await handler(), { headers: { 'cache-control': 'no-cache' } });
  } catch (error) {
    if (error instanceof ApiError)
      return json({ error: withoutPaths(error.message) }, { status: error.status });
    if (error instanceof DatasetUnavailable)
      return json({ ok: false, error: withoutPaths(error.message) }, { status: 503 });
    console.error(error);
    return json(
      { error: 'The server failed to answer this request; the error is in its log.' },
      { status: 500 },
    );
  }
}
