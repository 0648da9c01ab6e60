/**
 * A dashboard server with its own state folder ($ANYAM_STATE) for the accounts tests, with the
 * accounts they sign in as, and what it printed (the log the PII search reads).
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, openState, type Role } from '@anyam/duckdb';
import { serverEntry } from './server.js';

export interface AccountsServer {
  readonly url: string;
  readonly stateDir: string;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
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
  const port = await freePort();
  // ANYAM_SERVER_ENTRY: a copy of the build, for a run while someone else rebuilds build/.
  const entry = process.env.ANYAM_SERVER_ENTRY ?? serverEntry;
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      ANYAM_DATA: dataDir,
      ANYAM_STATE: stateDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      // Without ORIGIN (as `npm start` runs by default) adapter-node takes every request for
      // https: the cookie gets Secure, and the pages still work.
      ...(options.origin === false ? {} : { ORIGIN: `http://127.0.0.1:${port}` }),
      BODY_SIZE_LIMIT: '21M',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(`${url}/api/health`);
      await response.body?.cancel();
      break;
    } catch {
      if (child.exitCode !== null || attempt > 200) {
        child.kill();
        throw new Error(`The dashboard did not start: ${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stateDir,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
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
