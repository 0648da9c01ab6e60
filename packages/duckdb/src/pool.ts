import { availableParallelism } from 'node:os';
import { DuckDBInstance, type DuckDBConnection, type Json } from '@duckdb/node-api';
import { bindParams, type BindParams } from './bind-params.js';
import { readExact } from './read-exact.js';

export interface PoolOptions {
  /**
   * How many connections to keep open; more concurrent queries wait for a free one. Default 4;
   * `'cores'`: one per core (`os.availableParallelism()`), the most a CPU-bound load can use.
   */
  readonly size?: number | 'cores';
  /**
   * How many callers may wait for a connection; one more is refused at once with a `PoolBusyError`
   * (a server answers it "busy, try again" instead of letting the line grow). Default unbounded.
   */
  readonly maxQueue?: number;
  /** The database file, or `:memory:` (the default) for views over Parquet files. */
  readonly path?: string;
  /** DuckDB configuration options passed to the instance, e.g. `{ threads: '2' }`. */
  readonly config?: Readonly<Record<string, string>>;
}

/**
 * A query refused because every connection of the pool is taken and `maxQueue` callers already
 * wait: try again shortly. `code` is `'ANYAM_BUSY'` (testable across the ESM and CommonJS builds).
 */
export class PoolBusyError extends Error {
  readonly code = 'ANYAM_BUSY';
  constructor(message = 'The server is busy with other queries: try again in a few seconds.') {
    super(message);
    this.name = 'PoolBusyError';
  }
}

/**
 * Whether `error` is a `PoolBusyError`, from this build or the other one.
 *
 *     isPoolBusy(new PoolBusyError()) // true
 */
export function isPoolBusy(error: unknown): error is PoolBusyError {
  return error instanceof Error && (error as { code?: unknown }).code === 'ANYAM_BUSY';
}

/** Rows read for JSON: BIGINT comes back as a string (see `read` for exact numbers). */
export type JsonRow = Record<string, Json>;

/** A result with its column names and types, rows as arrays in column order. */
export interface ReadResult {
  readonly columns: readonly string[];
  /** DuckDB type names, e.g. `VARCHAR`, `BIGINT`, `VARCHAR[]`. */
  readonly types: readonly string[];
  /** Wide integers and decimals are JSON numbers when exact in JavaScript, else strings. */
  readonly rows: readonly Json[][];
}

export interface Pool {
  /** The one DuckDB instance every connection of the pool belongs to. */
  readonly instance: DuckDBInstance;
  readonly size: number;
  /** Callers waiting for a connection now. */
  readonly waiting: number;
  /** Runs one query on a free connection and returns its rows as JSON-safe objects. */
  query(sql: string, params?: BindParams): Promise<JsonRow[]>;
  /** Runs one query and returns column names, types and rows as arrays (duplicate names survive). */
  read(sql: string, params?: BindParams): Promise<ReadResult>;
  /** Lends one connection to `fn` for several statements, and takes it back when `fn` settles. */
  use<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Refuses new work, waits for borrowed connections, then closes them and the instance. */
  close(): Promise<void>;
}

/**
 * Opens one DuckDB instance with a small fixed set of connections, reused for every query. Opening
 * a connection per query is slow, and more simultaneous `connect()` calls than libuv's thread pool
 * can hang; here callers beyond `size` wait in line instead.
 *
 *     const pool = await createPool({ size: 2 });
 *     await pool.query('SELECT 1 + $x AS n', { x: 1 }); // [{ n: 2 }]
 *     await pool.close();
 */
export async function createPool(options: PoolOptions = {}): Promise<Pool> {
  const size = options.size === 'cores' ? availableParallelism() : (options.size ?? 4);
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`createPool: size must be a whole number of at least 1, got ${size}.`);
  }
  const maxQueue = options.maxQueue ?? Number.POSITIVE_INFINITY;
  if (!(maxQueue >= 0)) {
    throw new RangeError(`createPool: maxQueue must be 0 or more, got ${maxQueue}.`);
  }
  const instance = await DuckDBInstance.create(options.path ?? ':memory:', { ...options.config });
  const all: DuckDBConnection[] = [];
  try {
    // One at a time, so that opening the pool never has more connect() calls in flight than libuv threads.
    for (let i = 0; i < size; i += 1) all.push(await instance.connect());
  } catch (error) {
    for (const connection of all) connection.closeSync();
    instance.closeSync();
    throw error;
  }

  const idle = [...all];
  const waiting: ((connection: DuckDBConnection) => void)[] = [];
  let closed = false;
  let borrowed = 0;
  let drained: (() => void) | undefined;

  const acquire = (): Promise<DuckDBConnection> => {
    if (closed) return Promise.reject(new Error('The DuckDB pool is closed.'));
    const connection = idle.pop();
    if (connection) {
      borrowed += 1;
      return Promise.resolve(connection);
    }
    if (waiting.length >= maxQueue) return Promise.reject(new PoolBusyError());
    borrowed += 1;
    return new Promise((resolve) => waiting.push(resolve));
  };

  // `borrowed` counts callers holding or waiting for a connection; each release ends one of them.
  const release = (connection: DuckDBConnection): void => {
    borrowed -= 1;
    const next = waiting.shift();
    if (next) {
      next(connection);
      return;
    }
    idle.push(connection);
    if (borrowed === 0) drained?.();
  };

  const use = async <T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> => {
    const connection = await acquire();
    try {
      return await fn(connection);
    } finally {
      release(connection);
    }
  };

  return {
    instance,
    size,
    get waiting() {
      return waiting.length;
    },
    use,
    query: (sql, params) =>
      use(async (connection) =>
        (await connection.runAndReadAll(sql, bindParams(params))).getRowObjectsJson(),
      ),
    read: (sql, params) =>
      use(async (connection) => readExact(await connection.runAndReadAll(sql, bindParams(params)))),
    close: async () => {
      if (closed) return;
      closed = true;
      // Queued callers still get their turn: they were accepted before close() was called.
      if (borrowed > 0) await new Promise<void>((resolve) => (drained = resolve));
      for (const connection of all) connection.closeSync();
      instance.closeSync();
    },
  };
}
