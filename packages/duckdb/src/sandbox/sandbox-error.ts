/** A query the sandbox refused or that failed: `message` is one sentence a person can act on. */
export class SandboxError extends Error {
  override readonly name = 'SandboxError';
  constructor(
    message: string,
    /** `refused`: not allowed here; `timeout`: over the time limit; `failed`: DuckDB's error. */
    readonly kind: 'refused' | 'timeout' | 'failed',
  ) {
    super(message);
  }
}
