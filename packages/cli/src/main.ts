import { version } from '../package.json';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { commands as registered, type LazyCommand } from './commands/index.js';
import type { CliIo } from './io.js';

/** A command as `main` takes it: loaded, or listed with a `load` step (commands/index.ts). */
export type CommandEntry = Command | LazyCommand;

/** The version of @anyam/cli, which `anyam --version` prints. */
export const cliVersion: string = version;

/** The text of `anyam --help`. */
export function generalHelp(commands: readonly CommandEntry[] = registered): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands
    .map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`)
    .join('\n');
  return `Usage: anyam COMMAND [options]

Anyam: the data platform of Indonesia's regional craft councils (Dekranasda).

Commands:
${list}

Run \`anyam help COMMAND\` or \`anyam COMMAND --help\` for a command's options;
\`anyam --version\` prints the version.
Datasets are read from --data, else $ANYAM_DATA, else data/export.
`;
}

const wantsHelp = (args: readonly string[]): boolean => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
};

/**
 * Runs `anyam` with `argv` (the arguments after the program name) and resolves to the exit status:
 * 0 done, 1 failed, 2 bad arguments. Output goes only through `io`, so tests run commands in-process.
 *
 *     await main(['query', 'SELECT 1 AS one', '--format', 'csv'], io) // 0; io.stdout got 'one\r\n1\r\n'
 *     await main(['frobnicate'], io)                                // 2; io.stderr got one sentence
 *     await main(['--version'], io)                                 // 0; io.stdout got '0.1.0\n'
 *
 * A command's module is loaded only once it is the one asked for, so `--help` and `--version`
 * load neither DuckDB nor the generator nor exceljs.
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CommandEntry[] = registered,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(generalHelp(commands));
    return 2;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io.stdout.write(generalHelp(commands));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${cliVersion}\n`);
    return 0;
  }
  const name = first === 'help' ? rest[0] : first;
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr.write(
      `anyam: unknown command "${name}"; run \`anyam --help\` for the list of commands.\n`,
    );
    return 2;
  }
  const command = 'load' in entry ? await entry.load() : entry;
  if (first === 'help' || wantsHelp(rest)) {
    io.stdout.write(`${command.help.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Loaded here, not at start-up: @anyam/duckdb brings DuckDB's native module.
    const message =
      error instanceof CliError
        ? error.message
        : (await import('@anyam/duckdb')).errorSentence(error);
    io.stderr.write(`anyam ${command.name}: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
