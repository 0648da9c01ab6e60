/**
 * Who may use the analysts' surfaces (the SQL console and the raw table downloads): a session
 * with the analyst (or admin) role, else `Authorization: Bearer $ANYAM_SQL_TOKEN`, else — only
 * when neither accounts nor a token are configured, the local demo — a request from this
 * computer (the loopback address). Wrong tokens are counted per client address and answered
 * 429 for a while once there are too many.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { respond } from './respond.js';
import { ApiError } from './api-error.js';

/** An API answer that carries headers of its own (`WWW-Authenticate`, `Retry-After`). */
export class ApiErrorWithHeaders extends ApiError {
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, message: string, headers: Readonly<Record<string, string>>) {
    super(status, message);
    this.headers = headers;
  }
}

/** The parts of a SvelteKit `RequestEvent` the check reads. */
export interface AccessEvent {
  readonly request?: Request;
  readonly getClientAddress?: () => string;
  /** The signed-in user the accounts' handle hook sets (`null` without a session). */
  readonly locals?: { user?: { role?: string } | null };
}

let accountsConfigured: () => boolean | Promise<boolean> = () => false;

/**
 * The accounts hook point: accounts register how to tell whether any account exists. While none
 * is registered (or none exists), the console falls back to the loopback rule of the local demo.
 *
 *     setAccountsCheck(async () => (await countAccounts()) > 0);
 */
export function setAccountsCheck(check: () => boolean | Promise<boolean>): void {
  accountsConfigured = check;
}

/** Wrong tokens allowed per client address in one window before 429. */
export const maxWrongTokens = 10;
/** The window wrong tokens are counted in. */
export const wrongTokenWindowMs = 60_000;
/** Client addresses remembered at most: the oldest is forgotten first, so memory stays bounded. */
export const maxTrackedAddresses = 10_000;

const wrongTokens = new Map<string, { count: number; since: number }>();

/** Forgets every counted wrong token (tests). */
export function resetWrongTokens(): void {
  wrongTokens.clear();
}

/** How many client addresses the wrong-token counter holds (tests check it stays bounded). */
export function trackedAddresses(): number {
  return wrongTokens.size;
}

/** The token analysts send, or `''` when none is configured. */
function configuredToken(): string {
  return process.env.ANYAM_SQL_TOKEN ?? '';
}

/** Whether the analysts' surfaces need a token (ANYAM_SQL_TOKEN is set and not empty). */
export function analystTokenRequired(): boolean {
  return configuredToken() !== '';
}

/**
 * Whether an address is this computer: 127.0.0.0/8, ::1, or either written as IPv4-mapped IPv6.
 *
 *     isLoopback('127.0.0.1')        // true
 *     isLoopback('::ffff:127.0.0.1') // true
 *     isLoopback('10.0.0.2')         // false
 */
export function isLoopback(address: string): boolean {
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (plain === '::1' || plain === '0:0:0:0:0:0:0:1') return true;
  const v4 = plain.replace(/^::ffff:/, '');
  const parts = v4.split('.');
  return (
    parts.length === 4 &&
    parts[0] === '127' &&
    parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)
  );
}

function clientAddress(event: AccessEvent): string {
  try {
    return event.getClientAddress?.() ?? '';
  } catch {
    // adapter-node throws when it cannot tell the address: then it is not known to be loopback.
    return '';
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function retryAfterSeconds(address: string, now: number): number {
  const entry = wrongTokens.get(address);
  if (!entry || now - entry.since >= wrongTokenWindowMs || entry.count < maxWrongTokens) return 0;
  return Math.max(1, Math.ceil((entry.since + wrongTokenWindowMs - now) / 1000));
}

function countWrongToken(address: string, now: number): void {
  const entry = wrongTokens.get(address);
  if (entry && now - entry.since < wrongTokenWindowMs) {
    entry.count += 1;
    return;
  }
  wrongTokens.delete(address);
  if (wrongTokens.size >= maxTrackedAddresses) {
    const oldest = wrongTokens.keys().next().value;
    if (oldest !== undefined) wrongTokens.delete(oldest);
  }
  wrongTokens.set(address, { count: 1, since: now });
}

const bearer = { 'www-authenticate': 'Bearer realm="anyam-analyst"' };
const otherRole =
  'The SQL console and raw downloads are for analysts: this account has another role.';

/**
 * Rejects with an `ApiError` (401, 403 or 429) unless the request may use the analysts' surfaces.
 *
 *     await requireAnalyst({ locals: { user: { role: 'analyst' } } }) // passes
 *     await requireAnalyst({ getClientAddress: () => '127.0.0.1' })    // passes when no token or accounts are configured
 *     await requireAnalyst({ getClientAddress: () => '203.0.113.9' })  // rejects with 403
 */
export async function requireAnalyst(event: AccessEvent, now = Date.now()): Promise<void> {
  const role = event.locals?.user?.role;
  if (role === 'analyst' || role === 'admin') return;
  const expected = configuredToken();
  const header = event.request?.headers.get('authorization') ?? '';
  const address = clientAddress(event) || 'unknown';
  if (expected !== '') {
    const wait = retryAfterSeconds(address, now);
    if (wait > 0) {
      throw new ApiErrorWithHeaders(
        429,
        `Too many wrong tokens from this address: try again in ${wait} s.`,
        { 'retry-after': String(wait) },
      );
    }
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match && event.locals?.user) throw new ApiError(403, otherRole);
    if (!match) {
      throw new ApiErrorWithHeaders(
        401,
        'This SQL console needs a token: send it as "Authorization: Bearer <token>", or sign in as an analyst.',
        bearer,
      );
    }
    // Digests make the comparison constant-time whatever the lengths.
    if (!timingSafeEqual(digest(match[1]!.trim()), digest(expected))) {
      countWrongToken(address, now);
      throw new ApiErrorWithHeaders(
        401,
        'The SQL console token is wrong: ask the administrator of this dashboard for the right one.',
        bearer,
      );
    }
    return;
  }
  if (await accountsConfigured()) {
    if (event.locals?.user) throw new ApiError(403, otherRole);
    throw new ApiErrorWithHeaders(
      401,
      'The SQL console and raw downloads are for analysts: sign in with an analyst account.',
      bearer,
    );
  }
  if (!isLoopback(clientAddress(event))) {
    throw new ApiError(
      403,
      'The SQL console and raw downloads answer only this computer until ANYAM_SQL_TOKEN or accounts are configured.',
    );
  }
}

/** `respond`, with the headers of an `ApiErrorWithHeaders` copied onto the answer. */
export async function respondWithHeaders(handler: () => Promise<unknown>): Promise<Response> {
  let headers: Readonly<Record<string, string>> = {};
  const response = await respond(async () => {
    try {
      return await handler();
    } catch (error) {
      if (error instanceof ApiErrorWithHeaders) headers = error.headers;
      throw error;
    }
  });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** An analysts' JSON endpoint: the access check, then `handler` (both answered as `respond` does). */
export function respondAsAnalyst(
  event: AccessEvent,
  handler: () => Promise<unknown>,
): Promise<Response> {
  return respondWithHeaders(async () => {
    await requireAnalyst(event);
    return handler();
  });
}

/**
 * For an analysts' endpoint that answers with a file: the refusal to send instead, or `null` when
 * the request may go on.
 *
 *     const refused = await analystRefusal(event);
 *     if (refused) return refused;
 */
export async function analystRefusal(event: AccessEvent): Promise<Response | null> {
  try {
    await requireAnalyst(event);
    return null;
  } catch (error) {
    return respondWithHeaders(() => Promise.reject(error));
  }
}
