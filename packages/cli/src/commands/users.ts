import {
  accountProblem,
  generatePassword,
  hashPassword,
  openState,
  StateError,
  stateDir,
  usernameProblem,
  type Role,
} from '@anyam/duckdb';
import { fail, usageError } from '../cli-error.js';
import { formatTable } from '../format/format-table.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';

export const name = 'users';
export const summary =
  'Add, list or remove the accounts of the dashboard (stewards, admins, analysts).';
export const help = `Usage: anyam users add NAME --role steward|admin|analyst [--council ID]
       anyam users list
       anyam users remove NAME

Accounts live in the state folder ($ANYAM_STATE, else data/state), which the dashboard reads
too. \`add\` makes a new random password and prints it alone on the last line of stdout: give
it to the person, it is not shown again (only its scrypt hash is kept). A steward belongs to
one council and submits only that council's data; an admin reviews submissions, publishes
dataset versions and manages accounts; an analyst may use the SQL console and raw downloads.
\`remove\` also ends the account's sessions.

Options:
  --role steward|admin|analyst   the account's role (add)
  --council ID                   the steward's council, e.g. DKR-36.01 (add, stewards only)
  --help                         show this help

Exit status: 0 done, 1 the account exists or does not, 2 bad arguments.

Example: anyam users add siti --role steward --council DKR-36.01`;

async function withState<T>(
  io: CliIo,
  fn: (state: ReturnType<typeof openState>) => Promise<T>,
): Promise<T> {
  const state = openState(stateDir(io.env ?? process.env, io.cwd ?? process.cwd()), {
    idleCloseMs: 0,
  });
  try {
    return await fn(state);
  } catch (error) {
    if (error instanceof StateError) fail(error.message);
    throw error;
  } finally {
    await state.close();
  }
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'users',
    args,
    { role: { type: 'string' }, council: { type: 'string' }, help: { type: 'boolean' } },
    true,
  );
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const [action, username, ...rest] = positionals;
  if (rest.length > 0)
    usageError(`Unexpected argument "${rest[0]}"; run \`anyam users --help\` for the usage.`);
  if (action === 'list') {
    if (username !== undefined || values.role !== undefined || values.council !== undefined)
      usageError('anyam users list takes no arguments; run `anyam users --help` for the usage.');
    const accounts = await withState(io, (state) => state.listAccounts());
    io.stdout.write(
      formatTable({
        columns: ['username', 'role', 'council_id', 'created_at'],
        types: ['VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR'],
        rows: accounts.map((a) => [a.username, a.role, a.council_id, a.created_at]),
      }),
    );
    return 0;
  }
  if (action !== 'add' && action !== 'remove')
    usageError('anyam users needs add, list or remove; run `anyam users --help` for the usage.');
  if (username === undefined) usageError(`anyam users ${action} needs a NAME.`);
  const nameProblem = usernameProblem(username);
  if (nameProblem) usageError(nameProblem);
  if (action === 'remove') {
    if (values.role !== undefined || values.council !== undefined)
      usageError('anyam users remove takes only a NAME.');
    const removed = await withState(io, (state) =>
      state.removeAccount(username, {
        user: null,
        action: 'account_remove',
        detail: `${username} (anyam users)`,
      }),
    );
    if (!removed) fail(`There is no account named ${username}.`);
    io.stdout.write(`Removed ${username} and its sessions.\n`);
    return 0;
  }
  if (values.role === undefined) usageError('anyam users add needs --role steward|admin|analyst.');
  const council = values.council ?? null;
  const problem = accountProblem(values.role, council);
  if (problem) usageError(problem);
  const password = generatePassword();
  const password_hash = await hashPassword(password);
  await withState(io, (state) =>
    state.addAccount(
      { username, role: values.role as Role, council_id: council, password_hash },
      {
        user: null,
        action: 'account_add',
        detail: `${username} ${values.role}${council ? ` ${council}` : ''} (anyam users)`,
      },
    ),
  );
  io.stdout.write(
    `Added ${username} (${values.role}${council ? ` of ${council}` : ''}). Its password, shown only now:\n${password}\n`,
  );
  return 0;
}
