import { answer } from '$lib/server/accounts/answer.js';
import { requireRole, requireSameOrigin } from '$lib/server/accounts/require-role.js';
import { getState } from '$lib/server/accounts/state.js';
import { submit } from '$lib/server/accounts/submissions.js';
import type { RequestHandler } from './$types';

/** A steward's council's submissions, or every submission for an admin; newest first. */
export const GET: RequestHandler = (event) =>
  answer(async () => {
    const account = requireRole(event, 'steward', 'admin');
    const submissions = await getState().listSubmissions(
      account.role === 'admin' ? {} : { councilId: account.council_id ?? '' },
    );
    return { submissions };
  });

export const POST: RequestHandler = (event) =>
  answer(async () => {
    requireSameOrigin(event);
    const steward = requireRole(event, 'steward');
    const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'id';
    return submit(event.request, event.url, steward, lang);
  }, 201);
