import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { newSessionToken, sessionTokenHash, type Account } from '@anyam/duckdb';
import { getState } from './state.js';

export const sessionCookie = 'anyam_session';
/** How long a session lasts: a working day. */
export const sessionHours = 12;

/** The cookie's flags: HttpOnly, SameSite=Lax, Path=/, Secure when the site is served over https. */
export function cookieOptions(url: URL, maxAge: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: url.protocol === 'https:',
    maxAge,
  };
}

/** Starts a session for `account`: a random token in the cookie, only its hash in the state. */
export async function startSession(
  cookies: Cookies,
  url: URL,
  account: Account,
  address: string,
): Promise<void> {
  const token = newSessionToken();
  const expires = new Date(Date.now() + sessionHours * 3600_000);
  await getState().createSession(
    {
      token_hash: sessionTokenHash(token),
      username: account.username,
      expires_at: expires.toISOString(),
    },
    { user: account.username, action: 'login', detail: `from ${address}` },
  );
  cookies.set(sessionCookie, token, cookieOptions(url, sessionHours * 3600));
}

/** Ends the session of the request's cookie, if any, and clears the cookie. */
export async function endSession(event: RequestEvent): Promise<void> {
  const token = event.cookies.get(sessionCookie);
  if (token) {
    await getState().deleteSession(sessionTokenHash(token), {
      user: event.locals.user?.username ?? null,
      action: 'logout',
      detail: '',
    });
  }
  event.cookies.delete(sessionCookie, { path: '/' });
}

/**
 * The account of the request's session cookie, or null. A request without the cookie never
 * touches the state, so public pages cost nothing.
 */
export async function sessionUser(cookies: Cookies): Promise<Account | null> {
  const token = cookies.get(sessionCookie);
  if (!token || token.length > 100) return null;
  try {
    return await getState().sessionAccount(sessionTokenHash(token));
  } catch (error) {
    // A state that cannot be read makes the request anonymous, never a failed public page.
    console.error(error);
    return null;
  }
}
