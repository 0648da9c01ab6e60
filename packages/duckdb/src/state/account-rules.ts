import { roles, type Role } from './types.js';

/**
 * Why a username cannot be used, or null when it can: 2–64 letters, digits, `.`, `_` or `-`,
 * so that it is safe in a log line, a cookie-less URL and a terminal.
 *
 *     usernameProblem('siti.aminah') // null
 *     usernameProblem('a b')         // 'A username is 2 to 64 letters, digits, ".", "_" or "-"; got "a b".'
 */
export function usernameProblem(username: string): string | null {
  return /^[A-Za-z0-9._-]{2,64}$/.test(username)
    ? null
    : `A username is 2 to 64 letters, digits, ".", "_" or "-"; got "${username.slice(0, 80)}".`;
}

/**
 * Why a role and council do not go together, or null: a steward belongs to one council, an
 * admin or analyst to none.
 *
 *     accountProblem('steward', null)        // 'A steward needs --council ID (the council it submits for).'
 *     accountProblem('steward', 'DKR-36.01') // null
 */
export function accountProblem(role: string, councilId: string | null): string | null {
  if (!(roles as readonly string[]).includes(role))
    return `The role must be steward, admin or analyst; got "${role.slice(0, 40)}".`;
  if ((role as Role) === 'steward') {
    if (councilId === null) return 'A steward needs --council ID (the council it submits for).';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(councilId))
      return `A council id is 1 to 64 letters, digits, ".", "_" or "-"; got "${councilId.slice(0, 80)}".`;
    return null;
  }
  return councilId === null
    ? null
    : `Only a steward belongs to a council; leave out --council for ${role}.`;
}
