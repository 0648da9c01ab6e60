import { answer } from '$lib/server/accounts/answer.js';
import { login } from '$lib/server/accounts/login.js';
import { requireSameOrigin } from '$lib/server/accounts/require-role.js';
import { endSession } from '$lib/server/accounts/session.js';
import type { RequestHandler } from './$types';

/** Who is signed in: `{ user }`, null when nobody. */
export const GET: RequestHandler = ({ locals }) => answer(async () => ({ user: locals.user }));

export const POST: RequestHandler = (event) =>
  answer(async () => {
    requireSameOrigin(event);
    const { account } = await login(event);
    return { user: account };
  });

export const DELETE: RequestHandler = (event) =>
  answer(async () => {
    requireSameOrigin(event);
    await endSession(event);
    return { user: null };
  });
