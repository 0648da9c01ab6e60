import { fail, redirect } from '@sveltejs/kit';
import {
  accountProblem,
  generatePassword,
  hashPassword,
  StateError,
  usernameProblem,
  type Role,
} from '@anyam/duckdb';
import { datasetVersions } from '$lib/server/accounts/publish.js';
import { getState } from '$lib/server/accounts/state.js';
import type { Actions, PageServerLoad } from './$types';

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

// Form actions: SvelteKit refuses a form post from another origin before these run (CSRF).
export const actions: Actions = {
  addAccount: async ({ locals, request }) => {
    const admin = locals.user;
    if (!admin || admin.role !== 'admin') return fail(403, { error: 'This needs the admin role.' });
    const form = await request.formData();
    const username = String(form.get('username') ?? '').trim();
    const role = String(form.get('role') ?? '');
    const council = String(form.get('council') ?? '').trim() || null;
    const problem =
      usernameProblem(username) ?? accountProblem(role, role === 'steward' ? council : null);
    if (problem) return fail(400, { error: problem.replace('--council ID', 'a council') });
    const password = generatePassword();
    try {
      await getState().addAccount(
        {
          username,
          role: role as Role,
          council_id: role === 'steward' ? council : null,
          password_hash: await hashPassword(password),
        },
        {
          user: admin.username,
          action: 'account_add',
          detail: `${username} ${role}${role === 'steward' ? ` ${council}` : ''}`,
        },
      );
    } catch (error) {
      if (error instanceof StateError) return fail(409, { error: error.message });
      throw error;
    }
    return { created: username, password };
  },
  removeAccount: async ({ locals, request }) => {
    const admin = locals.user;
    if (!admin || admin.role !== 'admin') return fail(403, { error: 'This needs the admin role.' });
    const username = String((await request.formData()).get('username') ?? '');
    if (username === admin.username)
      return fail(400, { error: 'You cannot remove your own account.' });
    const removed = await getState().removeAccount(username, {
      user: admin.username,
      action: 'account_remove',
      detail: username,
    });
    return removed
      ? { removed: username }
      : fail(404, { error: `There is no account named ${username}.` });
  },
};
