/**
 * The one state store of the server process ($ANYAM_STATE, else data/state of the repository),
 * opened on first use. The store serializes this process's operations itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openState, stateDir, stateFileName, type DuckDbStateStore } from '@anyam/duckdb';
import { findRepoRoot } from '../config.js';

let store: DuckDbStateStore | null = null;

/** The state folder: the DuckDB file, submissions/ and datasets/ live in it. */
export function serverStateDir(): string {
  const key = process.env.ANYAM_STATE ?? '';
  if (resolved?.key !== key) resolved = { key, dir: stateDir(process.env, findRepoRoot()) };
  return resolved.dir;
}
// Resolved once per value of ANYAM_STATE: every public request reads the version pointer.
let resolved: { key: string; dir: string } | null = null;

/** The server's state store. */
export function getState(): DuckDbStateStore {
  const dir = serverStateDir();
  if (!store || store.dir !== dir) store = openState(dir);
  return store;
}

/** How long an answer of `accountsExist` is reused: one state read per window, not per request. */
const accountsCheckMs = 5_000;
let accountsSeen: { dir: string; at: number; exists: boolean } | null = null;

/**
 * Whether any account exists. Once one does, the analysts' surfaces stop trusting the loopback
 * address (behind a reverse proxy on the same machine every request comes from it). A server
 * with no state file has none, and the check does not create one.
 *
 *     await accountsExist() // false on the local demo
 */
export async function accountsExist(now = Date.now()): Promise<boolean> {
  const dir = serverStateDir();
  if (accountsSeen?.dir === dir && now - accountsSeen.at < accountsCheckMs)
    return accountsSeen.exists;
  const exists =
    existsSync(join(dir, stateFileName)) && (await getState().listAccounts()).length > 0;
  accountsSeen = { dir, at: now, exists };
  return exists;
}
