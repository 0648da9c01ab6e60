import type { Handle } from '@sveltejs/kit';

// The page's language comes from the URL (`lang=en`), so the html element says it for screen
// readers and hyphenation before any script runs.
export const handle: Handle = async ({ event, resolve }) => {
  const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'id';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
