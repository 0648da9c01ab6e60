import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Every file below `root` (by its path from `root`) with the SHA-256 of its bytes: the same
 * before and after an attack when the attack wrote nothing. Used by the tests only (the sandbox's
 * here, the dashboard's POST /api/sql by a relative import); not in the package's entry points.
 *
 *     await folderFingerprint('data/export') // { 'councils.parquet': '9b1f…', … }
 */
export async function folderFingerprint(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const visit = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await visit(path);
      else
        out[relative(root, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  };
  await visit(root);
  return out;
}
