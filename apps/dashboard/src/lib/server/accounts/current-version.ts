import { readFile, rename, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { serverStateDir } from './state.js';

const versionName = /^v\d{1,9}$/;

/** The folder of a published dataset version inside the state: `datasets/v3`. */
export function versionDir(version: string, state = serverStateDir()): string {
  if (!versionName.test(version))
    throw new RangeError(`Not a version name: ${version.slice(0, 20)}`);
  return join(state, 'datasets', version);
}

/**
 * The version the public dashboard serves, from the pointer file `current` of the state; null
 * before the first publication (the dashboard then serves $ANYAM_DATA).
 *
 *     await currentVersion() // 'v3'
 */
export async function currentVersion(state = serverStateDir()): Promise<string | null> {
  try {
    const text = (await readFile(join(state, 'current'), 'utf8')).trim();
    return versionName.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** The folder of the current version, or null before the first publication. */
export async function publishedDatasetDir(state = serverStateDir()): Promise<string | null> {
  const version = await currentVersion(state);
  return version === null ? null : versionDir(version, state);
}

/**
 * Points the dashboard at `version`: the pointer is written beside and renamed over the old one,
 * so a reader sees the old version or the new one, never a half-written name.
 */
export async function setCurrentVersion(version: string, state = serverStateDir()): Promise<void> {
  versionDir(version, state);
  const temporary = join(state, `current.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await writeFile(temporary, `${version}\n`);
  await rename(temporary, join(state, 'current'));
}
