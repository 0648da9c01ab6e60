import { answer } from '$lib/server/accounts/answer.js';
import { activate } from '$lib/server/accounts/publish.js';
import { requireRole, requireSameOrigin } from '$lib/server/accounts/require-role.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) =>
  answer(async () => {
    requireSameOrigin(event);
    const admin = requireRole(event, 'admin');
    return activate(admin, event.params.version);
  });
