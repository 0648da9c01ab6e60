import { afterEach, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { createPool, isPoolBusy, PoolBusyError, type Pool } from './pool.js';

describe('createPool', () => {
  let pool: Pool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('pool.query binds named parameters, lists included, and returns JSON-safe rows', async () => {
    pool = await createPool({ size: 2 });
    const rows = await pool.query(
      'SELECT $n + 1 AS n, len($ids) AS k, $s AS s, count(*) AS c FROM range(3)',
      {
        n: 41,
        ids: ['a', 'b', 'c'],
        s: 'Banten',
      },
    );
    expect(rows).toEqual([{ n: 42, k: '3', s: 'Banten', c: '3' }]);
  });

  it('pool.read returns columns, types and exact numbers for wide integers', async () => {
    pool = await createPool({ size: 1 });
    const result = await pool.read(
      'SELECT count(*) AS n, 12345678901234567890::HUGEINT AS big, 1.50::DECIMAL(4,2) AS d, 1 AS n',
    );
    expect(result.columns).toEqual(['n', 'big', 'd', 'n']);
    expect(result.types).toEqual(['BIGINT', 'HUGEINT', 'DECIMAL(4,2)', 'INTEGER']);
    expect(result.rows).toEqual([[1, '12345678901234567890', 1.5, 1]]);
  });

  it('pool.query completes 200 concurrent queries on 3 connections', async () => {
    pool = await createPool({ size: 3 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        pool!.query('SELECT $i::INTEGER AS i, sum(x)::DOUBLE AS s FROM range(2000) t(x)', { i }),
      ),
    );
    expect(results.map((rows) => rows[0]?.i)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(results.every((rows) => rows[0]?.s === 1999000)).toBe(true);
  });

  it('pool.use lends one connection at a time and never more than size', async () => {
    pool = await createPool({ size: 2 });
    let inUse = 0;
    let most = 0;
    const seen = new Set<unknown>();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        pool!.use(async (connection) => {
          inUse += 1;
          most = Math.max(most, inUse);
          seen.add(connection);
          await connection.run('SELECT sum(x) FROM range(10000) t(x)');
          inUse -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(seen.size).toBe(2);
  });

  it('pool.use keeps session state across statements of one call', async () => {
    pool = await createPool({ size: 2 });
    const rows = await pool.use(async (connection) => {
      await connection.run('CREATE TEMP TABLE t AS SELECT 7 AS v');
      return (await connection.runAndReadAll('SELECT v FROM t')).getRowObjectsJson();
    });
    expect(rows).toEqual([{ v: 7 }]);
  });

  it('pool.use releases the connection when the callback throws', async () => {
    pool = await createPool({ size: 1 });
    await expect(pool.use(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await pool.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('pool.close waits for running work and then refuses new queries', async () => {
    pool = await createPool({ size: 1 });
    const running = pool.query('SELECT count(*)::INTEGER AS n FROM range(100000)');
    const closing = pool.close();
    expect(await running).toEqual([{ n: 100000 }]);
    await closing;
    await expect(pool.query('SELECT 1')).rejects.toThrow('The DuckDB pool is closed.');
    pool = undefined;
  });

  it('createPool rejects a size below 1', async () => {
    await expect(createPool({ size: 0 })).rejects.toThrow(
      'size must be a whole number of at least 1',
    );
  });

  it('refuses at once as busy a caller beyond maxQueue, and serves the queued ones', async () => {
    pool = await createPool({ size: 1, maxQueue: 1 });
    let release: () => void = () => undefined;
    const holding = pool.use(() => new Promise<void>((resolve) => (release = resolve)));
    const queued = pool.query('SELECT 1 AS one');
    expect(pool.waiting).toBe(1);
    const refused = pool.query('SELECT 2 AS two');
    await expect(refused).rejects.toBeInstanceOf(PoolBusyError);
    await expect(refused).rejects.toThrow('try again in a few seconds');
    expect(isPoolBusy(await refused.catch((error: unknown) => error))).toBe(true);
    release();
    await holding;
    expect(await queued).toEqual([{ one: 1 }]);
    // The refusal left nothing borrowed: the pool serves and closes as usual.
    expect(await pool.query('SELECT 3 AS three')).toEqual([{ three: 3 }]);
  });

  it("size 'cores' opens one connection per core and honours DuckDB's memory_limit", async () => {
    pool = await createPool({ size: 'cores', config: { memory_limit: '256MiB' } });
    expect(pool.size).toBe(availableParallelism());
    const [row] = await pool.query("SELECT current_setting('memory_limit') AS limit_text");
    expect(String(row?.limit_text)).toMatch(/^25[56](\.0)? MiB$/);
  });
});
