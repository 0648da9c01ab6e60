import { createHash, randomBytes } from 'node:crypto';

/**
 * A new session token: 256 random bits, safe in a cookie.
 *
 *     newSessionToken() // 'pX3...43 characters'
 */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the state stores for a token: its SHA-256, so that a copy of the state opens no session.
 *
 *     sessionTokenHash('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
