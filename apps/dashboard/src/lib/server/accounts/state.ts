/**
 * The one state store of the server process ($ANYAM_STATE, else data/state of the repository),
 * opened on first use. The store serializes this process's operations itself.
 */
import { openState, stateDir, type DuckDbStateStore } from '@anyam/duckdb';
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
