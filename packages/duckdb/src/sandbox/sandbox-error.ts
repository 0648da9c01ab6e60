/** A query the sandbox refused or that failed: `message` is one sentence a person can act on. */
export class SandboxError extends Error {
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
