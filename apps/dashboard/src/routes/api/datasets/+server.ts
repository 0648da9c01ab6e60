import { answer } from '$lib/server/accounts/answer.js';
import { datasetVersions, publish } from '$lib/server/accounts/publish.js';
import { requireRole, requireSameOrigin } from '$lib/server/accounts/require-role.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
  answer(async () => {
    requireRole(event, 'admin');
    return datasetVersions();
  });

export const POST: RequestHandler = (event) =>
  answer(async () => {
    requireSameOrigin(event);
    const admin = requireRole(event, 'admin');
    return publish(admin);
  }, 201);
