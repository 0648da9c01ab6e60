import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { dashboardPoolOptions } from './pool-options.js';

describe('dashboardPoolOptions', () => {
  it('sizes the pool from the cores, queues 32 per connection and limits DuckDB to 1 GiB by default', () => {
    const cores = availableParallelism();
    expect(dashboardPoolOptions({})).toEqual({
      poolSize: cores,
      maxQueue: 32 * cores,
      config: { threads: String(cores), memory_limit: '1GiB' },
    });
  });

  it('takes the environment, and ignores values that are not what they should be', () => {
    expect(
      dashboardPoolOptions({
        ANYAM_POOL_SIZE: '3',
        ANYAM_POOL_QUEUE: '0',
        ANYAM_DUCKDB_MEMORY: '512MiB',
        ANYAM_DUCKDB_THREADS: '1',
      }),
    ).toEqual({ poolSize: 3, maxQueue: 0, config: { threads: '1', memory_limit: '512MiB' } });
    const bad = dashboardPoolOptions({
      ANYAM_POOL_SIZE: '0',
      ANYAM_POOL_QUEUE: '-1',
      ANYAM_DUCKDB_MEMORY: "1GB'; SET enable_external_access=true; --",
    });
    expect(bad.poolSize).toBe(availableParallelism());
    expect(bad.maxQueue).toBe(32 * availableParallelism());
    expect(bad.config?.memory_limit).toBe('1GiB');
  });
});
