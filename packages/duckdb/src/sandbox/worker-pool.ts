import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxError } from './sandbox-error.js';

export interface WorkerPoolOptions {
  /** The worker script (`sandboxWorkerPath()`). */
  readonly workerPath: string;
  /** The `open` message each worker gets when it starts (views, dataset folder, limits). */
  readonly open: Readonly<Record<string, unknown>>;
  /** The folder the workers run in (the dataset's: the views name files relative to it). */
  readonly cwd: string;
  /** Worker processes, i.e. queries that run at the same time. */
  readonly size: number;
  /** Queries that may wait for a worker; one more is refused as busy. */
  readonly maxQueued: number;
  /** A query that waited this long for a worker is refused as busy. */
  readonly queueWaitMs: number;
  /** A job running longer has its worker killed (SIGKILL) and replaced. */
  readonly timeoutMs: number;
  /** A worker whose resident memory grows past this is killed and replaced. */
  readonly maxRssBytes: number;
  /** How often each busy worker's memory is read (default 25 ms). */
  readonly pollMs?: number;
}

/** A worker's answer to one request. */
export interface WorkerReply {
  readonly id?: number;
  readonly ok?: boolean;
  readonly message?: string;
  readonly [key: string]: unknown;
}

/** Sends one request to the job's worker and resolves with its answer. */
export type WorkerRequest = (message: Readonly<Record<string, unknown>>) => Promise<WorkerReply>;

export interface WorkerPool {
  /** Runs `job` on a free worker, bounded by the pool's time and memory limits. */
  run<T>(job: (request: WorkerRequest) => Promise<T>): Promise<T>;
  /** The process ids of the workers ready for a job (tests read their memory). */
  pids(): number[];
  /** Refuses new jobs, lets accepted ones finish, then ends every worker. */
  close(): Promise<void>;
}

class WorkerExit extends Error {}

/** A worker that has not opened its DuckDB in this time is killed (and, in a pool, replaced). */
const startupTimeoutMs = 120_000;

/** The resident memory of a process in bytes, from /proc (0 where there is no /proc). */
export function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)\s*kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

// Only what node and DuckDB need: the worker never sees the server's secrets (ANYAM_SQL_TOKEN, ...).
function workerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'TZ', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return env;
}

interface Worker {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  alive: boolean;
  /** Opened its DuckDB and took no job that killed it. */
  isReady: boolean;
  request: WorkerRequest;
}

function startWorker(options: WorkerPoolOptions): Worker {
  const child = fork(options.workerPath, [], {
    execArgv: ['--max-old-space-size=256', '--expose-gc'],
    cwd: options.cwd,
    env: workerEnv(),
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  });
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => {
    stderr = (stderr + data.toString('utf8')).slice(-2000);
  });
  const pending = new Map<
    number,
    { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  let settleReady: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settleReady = { resolve, reject }));
  const worker: Worker = {
    child,
    ready,
    alive: true,
    isReady: false,
    request: (message) =>
      new Promise((resolve, reject) => {
        if (!worker.alive) return reject(new WorkerExit('The worker has stopped.'));
        nextId += 1;
        pending.set(nextId, { resolve, reject });
        child.send({ ...message, id: nextId });
      }),
  };
  child.on('message', (reply: WorkerReply) => {
    if (reply.op === 'ready') {
      worker.isReady = true;
      settleReady?.resolve();
    } else if (reply.op === 'error') settleReady?.reject(new Error(String(reply.message)));
    else if (typeof reply.id === 'number') {
      pending.get(reply.id)?.resolve(reply);
      pending.delete(reply.id);
    }
  });
  const stopped = (why: string) => {
    worker.alive = false;
    worker.isReady = false;
    settleReady?.reject(
      new Error(
        `The SQL sandbox's worker did not start (${why}): ${stderr.trim().split('\n')[0] ?? ''}`,
      ),
    );
    for (const { reject } of pending.values()) reject(new WorkerExit(why));
    pending.clear();
  };
  child.on('exit', (code, signal) => stopped(signal ?? `exit ${code}`));
  child.on('error', (error) => stopped(error.message));
  // The worker's private DuckDB folder: removed here once it is open or gone, so that a worker
  // killed while it opens leaves nothing behind.
  const folder = mkdtempSync(join(tmpdir(), 'anyam-sandbox-'));
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  child.once('exit', removeFolder);
  ready.then(removeFolder, removeFolder);
  child.send({ ...options.open, folder });
  // Idle workers must not keep the server alive (adapter-node's graceful shutdown on SIGTERM
  // waits for the event loop to empty); a worker ends itself when its channel closes. What keeps
  // the process alive while a worker starts or runs a job is that step's timer.
  child.unref();
  for (const handle of [child.channel, child.stderr] as unknown[])
    (handle as { unref?: () => void } | null | undefined)?.unref?.();
  const startup = setTimeout(() => child.kill('SIGKILL'), startupTimeoutMs);
  ready.then(
    () => clearTimeout(startup),
    () => clearTimeout(startup),
  );
  // A rejected `ready` that nobody awaits must not be an unhandled rejection.
  ready.catch(() => undefined);
  return worker;
}

/**
 * A fixed set of worker processes for the SQL sandbox, with a bounded queue in front of them.
 * A job over its time or its worker over its memory is ended with SIGKILL (which stops DuckDB
 * even inside one long function call) and the worker is replaced; the server process never
 * holds the query's data.
 *
 *     const pool = await createWorkerPool({ workerPath, open, size: 2, maxQueued: 4, queueWaitMs: 2000, timeoutMs: 5000, maxRssBytes: 512 * 2 ** 20 });
 *     await pool.run((request) => request({ op: 'run', sql: 'SELECT 1', maxRows: 10, maxBytes: 1e6 }));
 */
export async function createWorkerPool(options: WorkerPoolOptions): Promise<WorkerPool> {
  const slots: Worker[] = [];
  try {
    for (let i = 0; i < options.size; i += 1) slots.push(startWorker(options));
    await Promise.all(slots.map((worker) => worker.ready));
  } catch (error) {
    for (const worker of slots) worker.child.kill('SIGKILL');
    throw error;
  }

  const idle = [...slots];
  const queue: { take: (worker: Worker) => void; timer: NodeJS.Timeout }[] = [];
  let closed = false;
  let borrowed = 0;
  let drained: (() => void) | undefined;

  const busy = () =>
    new SandboxError('The console is busy with other queries: try again in a few seconds.', 'busy');

  const hand = (worker: Worker) => {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.take(worker);
      return;
    }
    idle.push(worker);
    if (borrowed === 0 && queue.length === 0) drained?.();
  };

  // A killed worker is replaced before it takes the next job; a replacement that cannot start
  // (the dataset went away) is retried a second later until the pool closes.
  const replace = (dead: Worker) => {
    const index = slots.indexOf(dead);
    if (closed) return;
    const worker = startWorker(options);
    slots[index] = worker;
    worker.ready.then(
      () => (closed ? worker.child.kill('SIGKILL') : hand(worker)),
      () => setTimeout(() => replace(worker), 1000).unref(),
    );
  };

  const acquire = (): Promise<Worker> => {
    const worker = idle.pop();
    if (worker) return Promise.resolve(worker);
    if (queue.length >= options.maxQueued) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const entry = {
        take: resolve,
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(entry), 1);
          reject(busy());
        }, options.queueWaitMs),
      };
      queue.push(entry);
    });
  };

  const run = async <T>(job: (request: WorkerRequest) => Promise<T>): Promise<T> => {
    if (closed) throw new Error('The SQL sandbox is closed.');
    borrowed += 1;
    let worker: Worker;
    try {
      worker = await acquire();
    } catch (error) {
      borrowed -= 1;
      if (borrowed === 0 && queue.length === 0) drained?.();
      throw error;
    }
    let stopped: 'timeout' | 'memory' | null = null;
    const stop = (why: 'timeout' | 'memory') => {
      stopped ??= why;
      worker.child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    const poll = setInterval(() => {
      if (worker.child.pid && residentBytes(worker.child.pid) > options.maxRssBytes) stop('memory');
    }, options.pollMs ?? 25);
    try {
      return await job(worker.request);
    } catch (error) {
      if (stopped === 'timeout') {
        throw new SandboxError(
          `The query was stopped after ${options.timeoutMs / 1000} s: narrow it down (filter by year or region, aggregate, or add LIMIT).`,
          'timeout',
        );
      }
      if (stopped === 'memory') {
        throw new SandboxError(
          `The query was stopped when it needed more than ${Math.round(options.maxRssBytes / 2 ** 20)} MB of memory: narrow it down (filter, aggregate, or add LIMIT).`,
          'memory',
        );
      }
      if (error instanceof WorkerExit) {
        throw new SandboxError(
          "The query stopped the console's worker process: narrow it down and try again.",
          'failed',
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
      borrowed -= 1;
      // DuckDB and V8 keep much of a big answer's memory after it is sent: a worker left above
      // half its limit is replaced, so that the next query starts with room for its own.
      const pid = worker.child.pid;
      if (worker.alive && pid && residentBytes(pid) > options.maxRssBytes / 2) {
        worker.alive = false;
        worker.isReady = false;
        worker.child.kill('SIGKILL');
      }
      if (worker.alive) hand(worker);
      else replace(worker);
      if (borrowed === 0) drained?.();
    }
  };

  return {
    run,
    pids: () =>
      slots
        .filter((worker) => worker.isReady && worker.child.pid)
        .map((worker) => worker.child.pid!),
    close: async () => {
      if (closed) return;
      closed = true;
      // Jobs already accepted still get their turn.
      if (borrowed > 0) await new Promise<void>((resolve) => (drained = resolve));
      for (const worker of slots) worker.child.kill('SIGKILL');
    },
  };
}
