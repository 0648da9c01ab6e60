import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportRefused } from './find-sources.js';

/** A staging folder's name: `.anyam-import-<pid>-<random>`, so that a later run knows whose it is. */
const stagingName = /^\.anyam-import-(\d+)-[0-9a-f]{8}$/;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the staging folders in `root` of imports that are no longer running (killed ones). */
async function clearStale(root: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = stagingName.exec(entry);
    if (match && !isAlive(Number(match[1])))
      await rm(join(root, entry), { recursive: true, force: true });
  }
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `work` with a private staging folder (mode 700) in `root` — beside the dataset being
 * written, or the system's temporary folder — and removes it when `work` ends, however it ends.
 * The folder holds what is staged (copies of the council's files, personal data included, and
 * DuckDB's spill files), so it must not outlive the run: it is removed on return, on a throw,
 * on exit and on SIGINT/SIGTERM/SIGHUP; and since nothing can run on `kill -9`, every run first
 * removes the staging folders of runs that are no longer alive (in `root` and the temporary folder).
 *
 *     await withStagingDir('data', (dir) => checkFolders(connection, ['pandeglang'], undefined, dir))
 *     // while it runs: data/.anyam-import-4242-1f2e3d4c; afterwards: gone
 */
export async function withStagingDir<T>(
  root: string,
  work: (dir: string) => Promise<T>,
): Promise<T> {
  const base = existsSync(root) ? root : tmpdir();
  for (const folder of new Set([base, tmpdir()])) await clearStale(folder);
  const dir = join(base, `.anyam-import-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(dir, { mode: 0o700 });
  } catch {
    throw new ImportRefused(
      `Cannot create a working folder in ${base}, so nothing was imported: check that it can be written.`,
    );
  }
  const removeNow = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    removeNow();
    // Ended as the signal would have ended it, unless someone else handles the signal.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once('exit', removeNow);
  for (const signal of signals) process.once(signal, onSignal);
  try {
    return await work(dir);
  } finally {
    process.off('exit', removeNow);
    for (const signal of signals) process.off(signal, onSignal);
    await rm(dir, { recursive: true, force: true });
  }
}
