import type { Handle } from '@sveltejs/kit';
import { sessionUser } from '$lib/server/accounts/session.js';
import { accountsExist } from '$lib/server/accounts/state.js';
import { setAccountsCheck } from '$lib/server/analyst-access.js';
import { DatasetUnavailable, getDataset } from '$lib/server/dataset.js';
import { pageNeedsDataset } from '$lib/needs-dataset.js';

// With accounts, the SQL console and raw downloads need a session or the token, never loopback.
setAccountsCheck(() => accountsExist());

// Sent with every answer, pages and API alike. Pages get their Content-Security-Policy from
// `kit.csp` in svelte.config.js (with a nonce for SvelteKit's inline script); an answer that has
// none (JSON, CSV, Parquet) gets one that lets it load nothing and be framed nowhere.
const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
const apiPolicy = "default-src 'none'; frame-ancestors 'none'";

/**
 * The response with the security headers it lacks. A response whose headers cannot change (one
 * passed on from `fetch`) is copied first.
 */
function withSecurityHeaders(response: Response): Response {
  const missing = Object.entries(securityHeaders).filter(([name]) => !response.headers.has(name));
  if (!response.headers.has('content-security-policy'))
    missing.push(['content-security-policy', apiPolicy]);
  if (missing.length === 0) return response;
  let target = response;
  try {
    for (const [name, value] of missing) target.headers.set(name, value);
  } catch {
    target = new Response(response.body, response);
    for (const [name, value] of missing) target.headers.set(name, value);
  }
  return target;
}

/** Whether the dataset is missing or broken (the layout then shows why instead of the page). */
async function datasetUnavailable(): Promise<boolean> {
  try {
    await getDataset();
    return false;
  } catch (error) {
    return error instanceof DatasetUnavailable;
  }
}

// The page's language comes from the URL (`lang=en`), so the html element says it for screen
// readers and hyphenation before any script runs.
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = await sessionUser(event.cookies);
  const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'id';
  let response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', lang),
  });
  // A page over a missing dataset shows one sentence in its language (the layout) and answers
  // 503, so that a monitor or a proxy does not take it for a page of figures. The accounts
  // pages work without one (the first version is published from /admin).
  if (
    response.status === 200 &&
    !event.url.pathname.startsWith('/api/') &&
    pageNeedsDataset(event.url.pathname) &&
    response.headers.get('content-type')?.startsWith('text/html') &&
    (await datasetUnavailable())
  )
    response = new Response(response.body, { status: 503, headers: response.headers });
  return withSecurityHeaders(response);
};
