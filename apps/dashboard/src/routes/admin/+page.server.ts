import { redirect } from '@sveltejs/kit';
import { datasetVersions } from '$lib/server/accounts/publish.js';
import { getState } from '$lib/server/accounts/state.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = locals.user;
  if (!user || user.role !== 'admin')
    redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  const state = getState();
  const [submissions, datasets, accounts, audit] = await Promise.all([
    state.listSubmissions(),
    datasetVersions(),
    state.listAccounts(),
    state.listAudit(100),
  ]);
  return { user, submissions, datasets, accounts, audit };
};
