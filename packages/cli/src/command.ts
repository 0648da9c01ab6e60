import type { CliIo } from './io.js';

/**
 * A subcommand of `anyam`. A module that exports `name`, `summary`, `help` and `run` is one, so
 * `import * as generate from './generate.js'` can be registered as it is.
 */
export interface Command {
  readonly name: string;
  /** One line for `anyam --help`. */
  readonly summary: string;
  /** The full text of `anyam NAME --help`: usage, options, exit status, an example. */
  readonly help: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
