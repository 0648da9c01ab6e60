import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  currentVersion,
  publishedDatasetDir,
  setCurrentVersion,
  versionDir,
} from './current-version.js';

async function stateFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'anyam-current-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('setCurrentVersion', () => {
  it('moves the pointer whole, leaving no temporary file', async () => {
    const state = await stateFolder();
    expect(await currentVersion(state)).toBeNull();
    expect(await publishedDatasetDir(state)).toBeNull();
    await setCurrentVersion('v1', state);
    await Promise.all([setCurrentVersion('v2', state), setCurrentVersion('v3', state)]);
    expect(['v2', 'v3']).toContain(await currentVersion(state));
    expect(await readdir(state)).toEqual(['current']);
    expect(await publishedDatasetDir(state)).toMatch(/datasets\/v[23]$/);
  });

  it('refuses a name that is not a version, and ignores a pointer that is not one', async () => {
    const state = await stateFolder();
    await expect(setCurrentVersion('../../etc', state)).rejects.toThrow(RangeError);
    expect(() => versionDir('v1/../../x', state)).toThrow(RangeError);
    await writeFile(join(state, 'current'), '../../etc\n');
    expect(await currentVersion(state)).toBeNull();
  });
});
