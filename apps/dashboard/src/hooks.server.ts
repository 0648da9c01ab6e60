import type { Handle } from '@sveltejs/kit';
import { sessionUser } from '$lib/server/accounts/session.js';

// The page's language comes from the URL (`lang=en`), so the html element says it for screen
// readers and hyphenation before any script runs.
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = await sessionUser(event.cookies);
  const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'id';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
