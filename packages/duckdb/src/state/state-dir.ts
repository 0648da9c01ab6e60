import { resolve } from 'node:path';

/**
 * Where the state lives: `$ANYAM_STATE`, else `data/state` under `base` (the working directory
 * for the CLI, the repository for the dashboard).
 *
 *     stateDir({ ANYAM_STATE: '/srv/anyam-state' }, '/repo') // '/srv/anyam-state'
 *     stateDir({}, '/repo')                                 // '/repo/data/state'
 */
export function stateDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  base: string = process.cwd(),
): string {
  return env.ANYAM_STATE ? resolve(base, env.ANYAM_STATE) : resolve(base, 'data', 'state');
}
