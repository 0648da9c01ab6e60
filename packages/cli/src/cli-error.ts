/** An error meant for the person at the terminal: one sentence, and the exit status to end with. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * Stops a command with one sentence on stderr and exit status 1 (`main` prints it).
 *
 *     fail('There is no dataset at /tmp/x.') // throws CliError, exit 1
 */
export function fail(message: string): never {
  throw new CliError(message, 1);
}

/**
 * Stops a command for bad arguments: one sentence and exit status 2.
 *
 *     usageError('--seed must be a whole number, got "abc".') // throws CliError, exit 2
 */
export function usageError(message: string): never {
  throw new CliError(message, 2);
}
