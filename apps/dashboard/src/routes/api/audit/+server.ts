import { answer } from '$lib/server/accounts/answer.js';
import { requireRole } from '$lib/server/accounts/require-role.js';
import { getState } from '$lib/server/accounts/state.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
  answer(async () => {
    requireRole(event, 'admin');
    return { entries: await getState().listAudit() };
  });
