import { json } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Lang } from '@anyam/core';
import { isPoolBusy } from '@anyam/duckdb';
import { jsonAnswer, requestEncoding } from './compress.js';
import { ApiError } from './api-error.js';
import { DatasetUnavailable } from './dataset.js';
import { withoutPaths } from './without-paths.js';
import { requestLang } from './request-lang.js';
import { unavailableSentence } from './unavailable-sentence.js';

/** The language of the request's sentences (see requestLang); English outside a request. */
function answerLang(): Lang {
  try {
    const event = getRequestEvent();
    return requestLang(event.url, event.request.headers.get('accept-language'));
  } catch {
    return 'en';
  }
}

/** The 413 sentence for a request body over the server's BODY_SIZE_LIMIT. */
export const bodyTooLargeMessage =
  'The request body is larger than this server accepts (BODY_SIZE_LIMIT): send a smaller one.';

/**
 * Whether reading the request body failed because it ran over adapter-node's BODY_SIZE_LIMIT:
 * SvelteKit errors the body stream with its own error, status 413, once the bytes (sent chunked or
 * with a Content-Length) pass the limit.
 */
export function isBodyTooLarge(error: unknown): boolean {
  return error instanceof Error && (error as Error & { status?: unknown }).status === 413;
}

/**
 * Runs an API handler and answers JSON: 200 with its result, 400/404 with `{ error }` for a bad
 * request, 413 for a body over the server's BODY_SIZE_LIMIT, 503 when the dataset is missing or
 * broken or every DuckDB connection is taken with a full queue (with `Retry-After`), 500 (logged)
 * for anything else. A 200 is compressed (gzip/br) when the request accepts it. A sentence from
 * DuckDB or the file system names files: every error body has the server's paths taken out.
 */
export async function respond(handler: () => Promise<unknown>): Promise<Response> {
  // Read before the first await: the answer is gzip/br-compressed when the request accepts it.
  const encoding = requestEncoding();
  const lang = answerLang();
  try {
    return await jsonAnswer(await handler(), encoding);
  } catch (error) {
    if (error instanceof ApiError)
      return json({ error: withoutPaths(error.message) }, { status: error.status });
    // Every DuckDB connection taken and the queue full: a short answer instead of a long wait.
    if (isPoolBusy(error))
      return json(
        { error: 'The server is busy answering other requests: try again in a few seconds.' },
        { status: 503, headers: { 'retry-after': '2' } },
      );
    if (error instanceof DatasetUnavailable)
      return json({ ok: false, error: unavailableSentence(error, lang) }, { status: 503 });
    if (isBodyTooLarge(error)) return json({ error: bodyTooLargeMessage }, { status: 413 });
    console.error(error);
    return json(
      { error: 'The server failed to answer this request; the error is in its log.' },
      { status: 500 },
    );
  }
}
