import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder up from `start` holding pnpm-workspace.yaml. */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start);
    dir = up;
  }
}

/** Where the dataset lives: $ANYAM_DATA, else data/export of the repository (interfaces.md). */
export function dataDir(): string {
  const fromEnv = process.env.ANYAM_DATA;
  return fromEnv ? resolve(fromEnv) : join(findRepoRoot(), 'data', 'export');
}

/** The small-cell threshold k of metrics.md. */
export const suppressionK = 5;
