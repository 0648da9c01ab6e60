/** Something text can be written to: `process.stdout`, or a buffer in tests. */
export interface Writer {
  write(text: string): unknown;
}

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** Whether stderr is a terminal: progress is drawn only then. */
  readonly isTTY: boolean;
  /** The environment (`ANYAM_DATA`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths start from; default `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * The io of the real process.
 *
 *     processIo().isTTY // true in a terminal, false when stderr is piped
 */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
