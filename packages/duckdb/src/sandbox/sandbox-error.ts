/**
 * A query the sandbox refused or that failed: `message` is one sentence a person can act on.
 * Test for it with `error.code === 'ANYAM_SANDBOX'` where an app may load both the ESM and the
 * CJS build (two copies of the class, so `instanceof` can miss).
 */
export class SandboxError extends Error {
  /** The stable code of this kind of error, the same in every copy of the package. */
  static readonly code = 'ANYAM_SANDBOX';
  readonly code: typeof SandboxError.code = SandboxError.code;
  override readonly name = 'SandboxError';
  constructor(
    message: string,
    /**
     * `refused`: not allowed here; `timeout`: over the time limit; `memory`: over the memory
     * limit; `busy`: every worker is taken and the queue is full (try again); `failed`: DuckDB's
     * error.
     */
    readonly kind: 'refused' | 'timeout' | 'memory' | 'busy' | 'failed',
  ) {
    super(message);
  }
}
