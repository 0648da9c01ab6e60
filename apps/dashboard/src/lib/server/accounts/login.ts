import type { RequestEvent } from '@sveltejs/kit';
import { hashPassword, verifyPassword, type Account } from '@anyam/duckdb';
import { ApiError } from '../api-error.js';
import { createLoginLimiter } from './login-limiter.js';
import { startSession } from './session.js';
import { getState } from './state.js';

// One limiter per process for names and one for addresses: a guesser is slowed down whether it
// tries many passwords on one name or one password on many names.
const byName = createLoginLimiter({ maxFailures: 5 });
const byAddress = createLoginLimiter({ maxFailures: 20 });

// A hash to check against when the name is unknown, so that the answer takes as long either way.
let decoy: Promise<string> | null = null;

/** Reads `{username, password}` from a JSON body; anything else is a 400 or 415. */
async function credentials(request: Request): Promise<{ username: string; password: string }> {
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json'))
    throw new ApiError(415, 'Send the username and password as JSON: {"username", "password"}.');
  const text = await request.text();
  if (text.length > 10_000) throw new ApiError(413, 'The login request is too large.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The login request is not valid JSON.');
  }
  const { username, password } = (body ?? {}) as Record<string, unknown>;
  if (
    typeof username !== 'string' ||
    typeof password !== 'string' ||
    username === '' ||
    password === ''
  )
    throw new ApiError(400, 'Give both a username and a password.');
  if (username.length > 64 || password.length > 1000)
    throw new ApiError(400, 'The username or password is too long.');
  return { username, password };
}

/**
 * POST /api/session: checks the password and starts a session; wrong passwords are counted per
 * name and per address and answered 429 (with Retry-After) once there were too many.
 */
export async function login(event: RequestEvent): Promise<{ account: Account }> {
  const { username, password } = await credentials(event.request);
  const address = event.getClientAddress();
  const nameKey = username.toLowerCase();
  const wait = Math.max(byName.retryAfter(nameKey), byAddress.retryAfter(address));
  if (wait > 0) throw new RateLimited(wait);
  const state = getState();
  const stored = await state.findAccount(username);
  decoy ??= hashPassword('anyam-decoy');
  const ok = await verifyPassword(password, stored?.password_hash ?? (await decoy));
  if (!stored || !ok) {
    byName.fail(nameKey);
    byAddress.fail(address);
    // An unknown name is not written down: it may be anything a person typed, a NIK included.
    await state.recordAudit({
      user: stored ? stored.username : null,
      action: 'login_failed',
      detail: `${stored ? '' : 'unknown name '}from ${address}`,
    });
    throw new ApiError(401, 'The username or password is wrong.');
  }
  byName.reset(nameKey);
  const { password_hash: _hash, ...account } = stored;
  void _hash;
  await startSession(event.cookies, event.url, account, address);
  return { account };
}

/** Too many wrong passwords: 429 with the seconds to wait. */
export class RateLimited extends ApiError {
  constructor(readonly seconds: number) {
    super(429, `Too many wrong passwords; try again in ${Math.ceil(seconds / 60)} minutes.`);
  }
}
