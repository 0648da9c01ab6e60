import { respond } from '../respond.js';

/**
 * Part 1's `respond`, plus the `WWW-Authenticate` header a 401 must carry so that HTTP clients
 * know a bearer token is expected.
 */
export async function respondWithAuth(handler: () => Promise<unknown>): Promise<Response> {
  const response = await respond(handler);
  if (response.status === 401) response.headers.set('www-authenticate', 'Bearer realm="anyam-sql"');
  return response;
}
