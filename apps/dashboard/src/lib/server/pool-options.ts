import { availableParallelism } from 'node:os';
import type { OpenDatasetOptions } from '@anyam/duckdb';

/**
 * How the dashboard opens its dataset in DuckDB, from the environment (apps/dashboard/README.md):
 * - `ANYAM_POOL_SIZE`: connections (default one per core, `os.availableParallelism()`: every
 *   metric query is CPU-bound, so more connections than cores only interleave them);
 * - `ANYAM_POOL_QUEUE`: queries that may wait for a connection (default 32 per connection: an
 *   overview asks for eight at once); beyond that a request is answered 503 with `Retry-After` at
 *   once instead of waiting;
 * - `ANYAM_DUCKDB_MEMORY`: DuckDB's `memory_limit` (default `1GiB`; DuckDB spills or fails a
 *   query past it rather than growing the server);
 * - `ANYAM_DUCKDB_THREADS`: DuckDB's threads (default one per core).
 *
 *     dashboardPoolOptions({}) // { poolSize: 2, maxQueue: 64, config: { threads: '2', memory_limit: '1GiB' } } on 2 cores
 */
export function dashboardPoolOptions(env: NodeJS.ProcessEnv = process.env): OpenDatasetOptions {
  const cores = availableParallelism();
  const whole = (text: string | undefined, fallback: number, least: number) => {
    const n = Number(text);
    return text !== undefined && text !== '' && Number.isInteger(n) && n >= least ? n : fallback;
  };
  const poolSize = whole(env.ANYAM_POOL_SIZE, cores, 1);
  const memory = env.ANYAM_DUCKDB_MEMORY?.trim();
  return {
    poolSize,
    maxQueue: whole(env.ANYAM_POOL_QUEUE, 32 * poolSize, 0),
    config: {
      threads: String(whole(env.ANYAM_DUCKDB_THREADS, cores, 1)),
      // Only a number and a unit reach DuckDB's configuration.
      memory_limit: memory && /^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(memory) ? memory : '1GiB',
    },
  };
}
