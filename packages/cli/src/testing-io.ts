import type { CliIo } from './io.js';

/** An io that collects what a command writes, for tests. */
export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/**
 * An in-memory io for running commands in tests.
 *
 *     const io = captureIo({ cwd: '/tmp' });
 *     await main(['--help'], io);
 *     io.out() // 'Usage: anyam COMMAND ...'
 */
export function captureIo(
  options: { isTTY?: boolean; env?: Record<string, string | undefined>; cwd?: string } = {},
): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
