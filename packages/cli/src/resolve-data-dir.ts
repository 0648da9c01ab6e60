import { resolve } from 'node:path';

/** Where datasets go when neither `--data` nor `$ANYAM_DATA` says otherwise. */
export const defaultDataDir = 'data/export';

/**
 * The dataset folder a command works on: `--data` (or `--out`), else `$ANYAM_DATA`, else
 * `data/export`, made absolute against the working directory.
 *
 *     resolveDataDir(undefined, { ANYAM_DATA: '/srv/anyam' }) // '/srv/anyam'
 *     resolveDataDir('x', {}, '/home/ana')                    // '/home/ana/x'
 *     resolveDataDir(undefined, {}, '/repo')                  // '/repo/data/export'
 */
export function resolveDataDir(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string {
  const chosen = flag ?? (env.ANYAM_DATA ? env.ANYAM_DATA : undefined) ?? defaultDataDir;
  return resolve(cwd, chosen);
}
