/**
 * A dashboard server with its own state folder ($ANYAM_STATE) for the accounts tests, with the
 * accounts they sign in as, and what it printed (the log the PII search reads).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, openState, type Role } from '@anyam/duckdb';
import { serverEntry, startServer, type RunningServer } from './server.js';

export interface AccountsServer extends RunningServer {
  readonly stateDir: string;
}

export const password = (username: string) => `sandi-${username}-rahasia`;

/** Adds accounts straight into the state (what `anyam users add` does), with known passwords. */
export async function addAccounts(
  stateDir: string,
  accounts: readonly { username: string; role: Role; council_id?: string }[],
): Promise<void> {
  const state = openState(stateDir, { idleCloseMs: 0 });
  try {
    for (const account of accounts) {
      await state.addAccount({
        username: account.username,
        role: account.role,
        council_id: account.council_id ?? null,
        password_hash: await hashPassword(password(account.username)),
      });
    }
  } finally {
    await state.close();
  }
}

/** Starts the built app over `dataDir` with a fresh state folder. */
export async function startAccountsServer(
  dataDir: string,
  options: { origin?: boolean } = {},
): Promise<AccountsServer> {
  const stateDir = await mkdtemp(join(tmpdir(), 'anyam-accounts-state-'));
  const server = await startServer(dataDir, serverEntry, (port) => ({
    ANYAM_STATE: stateDir,
    // Without ORIGIN (as `npm start` runs by default) adapter-node takes every request for
    // https: the cookie gets Secure, and the pages still work.
    ...(options.origin === false ? {} : { ORIGIN: `http://127.0.0.1:${port}` }),
    BODY_SIZE_LIMIT: '21M',
  }));
  return { ...server, stateDir };
}

/** Signs in and returns the cookie header to send, and the raw Set-Cookie. */
export async function signIn(url: string, username: string, secret = password(username)) {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: secret }),
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { response, setCookie, cookie: setCookie.split(';')[0] ?? '' };
}
