/**
 * The one state store of the server process ($ANYAM_STATE, else data/state of the repository),
 * opened on first use. The store serializes this process's operations itself.
 */
import { existsSync, statSync } from 'node:fs';
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

/**
 * The state file's (and its write-ahead log's) modification time and size: an account added or
 * removed, by this server or by `anyam users` in another process, changes it; a read does not.
 */
function stateStamp(dir: string): string | null {
  const file = join(dir, stateFileName);
  if (!existsSync(file)) return null;
  const stamp = (path: string) => {
    try {
      const { mtimeMs, size } = statSync(path);
      return `${mtimeMs}:${size}`;
    } catch {
      return '-';
    }
  };
  return `${stamp(file)}|${stamp(`${file}.wal`)}`;
}
let accountsSeen: { dir: string; stamp: string | null; exists: boolean } | null = null;

/**
 * Whether any account exists. Once one does, the analysts' surfaces stop trusting the loopback
 * address (behind a reverse proxy on the same machine every request comes from it). A server
 * with no state file has none, and the check does not create one. The answer is reused while the
 * state file is unchanged, so a first account created by `anyam users add` counts at once.
 *
 *     await accountsExist() // false on the local demo
 */
export async function accountsExist(): Promise<boolean> {
  const dir = serverStateDir();
  const stamp = stateStamp(dir);
  if (accountsSeen?.dir === dir && accountsSeen.stamp === stamp) return accountsSeen.exists;
  const exists = stamp !== null && (await getState().listAccounts()).length > 0;
  accountsSeen = { dir, stamp, exists };
  return exists;
}
