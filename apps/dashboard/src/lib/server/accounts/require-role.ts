import type { RequestEvent } from '@sveltejs/kit';
import type { Account, Role } from '@anyam/duckdb';
import { ApiError } from '../api-error.js';

/**
 * The signed-in account when it has one of `roles`: 401 without a session, 403 with another role.
 *
 *     requireRole(event, 'admin') // the admin's account, or throws ApiError(401 | 403)
 */
export function requireRole(event: Pick<RequestEvent, 'locals'>, ...roles: Role[]): Account {
  const user = event.locals.user;
  if (!user) throw new ApiError(401, 'Sign in first: this needs an account.');
  if (!roles.includes(user.role))
    throw new ApiError(
      403,
      `This needs the ${roles.join(' or ')} role; you are signed in as ${user.role}.`,
    );
  return user;
}

/**
 * Refuses a state-changing request sent from another site. SvelteKit already refuses form posts
 * from another origin; this also covers any other body a browser could send with the cookie.
 * Hosts are compared, not schemes: without ORIGIN set, adapter-node takes a plain-http request
 * for https, and another site always has another host.
 *
 *     requireSameOrigin({ request: new Request('http://a/x', { headers: { origin: 'http://evil' } }), url: new URL('https://a/x') })
 *     // throws ApiError(403)
 */
export function requireSameOrigin(event: Pick<RequestEvent, 'request' | 'url'>): void {
  const origin = event.request.headers.get('origin');
  if (origin === null) return;
  let host: string | null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  if (host !== event.url.host) throw new ApiError(403, 'Cross-site requests are refused.');
}
