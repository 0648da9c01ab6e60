import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseManifest } from './manifest.js';

/**
 * The version of a dataset from the text of its manifest: its creation time and a hash of the
 * manifest, so it changes whenever the dataset is replaced, even twice in one millisecond.
 *
 *     manifestVersion('{"format_version":1,...,"created_at":"2026-11-28T05:31:25.551Z",...}', '/d')
 *     // '2026-11-28T05:31:25.551Z#3f2a9c1b07de'
 */
export function manifestVersion(text: string, dir: string): string {
  const { created_at } = parseManifest(text, dir);
  return `${created_at}#${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

/**
 * The version of the dataset now in `dir`, without opening it: a long-running reader (the
 * dashboard) compares it with its open dataset's `version` and reopens when they differ.
 *
 *     await readDatasetVersion('data/export') === dataset.version // false once the dataset was replaced
 */
export async function readDatasetVersion(dir: string): Promise<string> {
  const root = resolve(dir);
  return manifestVersion(await readFile(join(root, 'manifest.json'), 'utf8'), root);
}
