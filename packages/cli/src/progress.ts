import type { CliIo } from './io.js';

export interface Progress {
  /** Replaces the progress line. */
  update(text: string): void;
  /** Clears the progress line. */
  done(): void;
}

/**
 * A one-line progress display on stderr. It draws only when stderr is a terminal and the command
 * is not in `--json` mode, so piped output and logs stay clean.
 *
 *     const progress = createProgress(io, { json: false });
 *     progress.update('Writing participations (5/14)');
 *     progress.done();
 */
export function createProgress(
  io: Pick<CliIo, 'stderr' | 'isTTY'>,
  options: { json?: boolean } = {},
): Progress {
  if (!io.isTTY || options.json) return { update: () => {}, done: () => {} };
  let drawn = false;
  return {
    update: (text) => {
      io.stderr.write(`\r\x1b[2K${text}`);
      drawn = true;
    },
    done: () => {
      if (drawn) io.stderr.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
