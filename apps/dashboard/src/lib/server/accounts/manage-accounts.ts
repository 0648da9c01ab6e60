import type { RequestEvent } from '@sveltejs/kit';
import {
  accountProblem,
  generatePassword,
  hashPassword,
  usernameProblem,
  type Role,
} from '@anyam/duckdb';
import { ApiError } from '../api-error.js';
import { requireRole, requireSameOrigin } from './require-role.js';
import { getState } from './state.js';

/** A small JSON body (at most 10 kB), or a 400/415 sentence. */
async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json'))
    throw new ApiError(415, 'Send the account as JSON.');
  const text = await request.text();
  if (text.length > 10_000) throw new ApiError(413, 'The request is too large.');
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body === 'object' && body !== null && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new ApiError(400, 'The request is not a JSON object.');
}

/**
 * POST /admin/accounts (admin): `{username, role, council?}` makes an account with a new random
 * password, answered once (only its scrypt hash is kept), as `anyam users add` does.
 */
export async function createAccount(
  event: RequestEvent,
): Promise<{ username: string; password: string }> {
  requireSameOrigin(event);
  const admin = requireRole(event, 'admin');
  const body = await jsonBody(event.request);
  const username = typeof body.username === 'string' ? body.username.trim() : '';
  const role = typeof body.role === 'string' ? body.role : '';
  const council =
    role === 'steward' && typeof body.council === 'string' && body.council.trim() !== ''
      ? body.council.trim()
      : null;
  const problem = usernameProblem(username) ?? accountProblem(role, council);
  if (problem) throw new ApiError(400, problem.replace('--council ID', 'a council id'));
  const password = generatePassword();
  await getState().addAccount(
    {
      username,
      role: role as Role,
      council_id: council,
      password_hash: await hashPassword(password),
    },
    {
      user: admin.username,
      action: 'account_add',
      detail: `${username} ${role}${council ? ` ${council}` : ''}`,
    },
  );
  return { username, password };
}

/** DELETE /admin/accounts/NAME (admin): removes an account and its sessions. */
export async function deleteAccount(event: RequestEvent): Promise<{ removed: string }> {
  requireSameOrigin(event);
  const admin = requireRole(event, 'admin');
  const username = event.params.username ?? '';
  if (username === admin.username) throw new ApiError(400, 'You cannot remove your own account.');
  const removed = await getState().removeAccount(username, {
    user: admin.username,
    action: 'account_remove',
    detail: username,
  });
  if (!removed) throw new ApiError(404, `There is no account named ${username.slice(0, 64)}.`);
  return { removed: username };
}
