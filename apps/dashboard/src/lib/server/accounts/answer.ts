import { json } from '@sveltejs/kit';
import { StateError } from '@anyam/duckdb';
import { ApiError } from '../api-error.js';
import { RateLimited } from './login.js';
import { bodyTooLargeMessage, isBodyTooLarge } from '../respond.js';
import { withoutPaths } from '../without-paths.js';

/**
 * An unexpected error for the log, without its message: an import's error may quote a cell of a
 * submission (a NIK, a name), and the log is outside the submissions folder.
 */
function withoutMessage(error: unknown): string {
  if (!(error instanceof Error)) return 'A non-Error value was thrown.';
  const frames = (error.stack ?? '').split('\n').slice(1, 6).join('\n');
  return `${error.name} (message withheld: it may quote submitted data)\n${frames}`;
}

/**
 * Runs a handler of the accounts API and answers JSON: its result with `status`, `{ error }` with
 * the ApiError's status (429 with Retry-After), 409 for a state refusal, 500 (logged) otherwise.
 * No answer is cached: they depend on who asks.
 */
export async function answer(handler: () => Promise<unknown>, status = 200): Promise<Response> {
  const headers = { 'cache-control': 'no-store' };
  try {
    const body = await handler();
    return body instanceof Response ? body : json(body, { status, headers });
  } catch (error) {
    if (error instanceof RateLimited)
      return json(
        { error: error.message },
        { status: 429, headers: { ...headers, 'retry-after': String(error.seconds) } },
      );
    if (error instanceof ApiError)
      return json({ error: withoutPaths(error.message) }, { status: error.status, headers });
    if (error instanceof StateError)
      return json({ error: withoutPaths(error.message) }, { status: 409, headers });
    if (isBodyTooLarge(error))
      return json({ error: bodyTooLargeMessage }, { status: 413, headers });
    console.error(withoutMessage(error));
    return json(
      { error: 'The server failed to answer this request; the error is in its log.' },
      { status: 500, headers },
    );
  }
}
