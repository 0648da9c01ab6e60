import { redirect } from '@sveltejs/kit';
import { getState } from '$lib/server/accounts/state.js';
import type { PageServerLoad } from './$types';

// A steward's page: anyone else signs in first (an admin reviews on /admin).
export const load: PageServerLoad = async ({ locals, url }) => {
  const user = locals.user;
  if (!user || user.role !== 'steward')
    redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  const submissions = await getState().listSubmissions({ councilId: user.council_id ?? '' });
  return { user, submissions };
};
