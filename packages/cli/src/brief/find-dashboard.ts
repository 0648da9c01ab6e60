import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail } from '../cli-error.js';

/** This module's own file, in the ESM build, the CJS build and under vitest alike. */
function here(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/**
 * The repository that holds this CLI: the first folder above `from` with a
 * pnpm-workspace.yaml and the dashboard's package.json; null when the CLI runs from elsewhere
 * (installed from npm).
 *
 *     findRepository('/work/anyam/packages/cli/dist/bin.js') // '/work/anyam'
 */
export function findRepository(
  from: string = here(),
  exists: (path: string) => boolean = existsSync,
): string | null {
  for (let folder = dirname(from); ; folder = dirname(folder)) {
    if (
      exists(join(folder, 'pnpm-workspace.yaml')) &&
      exists(join(folder, 'apps', 'dashboard', 'package.json'))
    )
      return folder;
    if (dirname(folder) === folder) return null;
  }
}

/**
 * The dashboard's built server (apps/dashboard/build/index.js) beside this CLI; when it is not
 * there, stops with one sentence saying how to build it.
 *
 *     dashboardServer('/work/anyam/packages/cli/dist/bin.js') // '/work/anyam/apps/dashboard/build/index.js'
 */
export function dashboardServer(
  from: string = here(),
  exists: (path: string) => boolean = existsSync,
): string {
  const repository = findRepository(from, exists);
  if (!repository)
    fail(
      'anyam brief prints the dashboard of the Anyam repository: run it from a clone (git clone https://github.com/anyam-id/anyam) after building the dashboard.',
    );
  const entry = join(repository, 'apps', 'dashboard', 'build', 'index.js');
  if (!exists(entry))
    fail(
      `The dashboard is not built (${entry} is missing): build it with \`npx -y pnpm@12.4.2 --filter @anyam/dashboard build\` in ${repository}.`,
    );
  return entry;
}
