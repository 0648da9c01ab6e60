// The built app served for a bench: a free port, the server over a dataset, the wait until it
// answers, and what /proc says of it (CPU time, RSS). Every bench script starts its servers here.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The dashboard's folder (apps/dashboard). */
export const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The build served: ANYAM_BUILD_DIR (default `build`) relative to apps/dashboard, as svelte.config.js. */
export const buildDir = resolve(app, process.env.ANYAM_BUILD_DIR ?? 'build');

/** The machine's load averages over 1, 5 and 15 minutes, such as `'1.02 0.88 0.75'`. */
export const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A TCP port free on 127.0.0.1 just now, such as 41234. */
export function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts `build`'s index.js over `dataDir` on a free port and waits (up to two minutes) until
 * /api/health answers 200. `env` adds variables (an `ANYAM_DATA` there replaces `dataDir`, so
 * that national-ab.mjs can put one build over two datasets); the server's stderr is the bench's
 * unless `quiet`.
 *
 *     const server = await serve({ dataDir: '.test-data/banten' });
 *     server.base; // 'http://127.0.0.1:41234'
 *     server.cpuMs(); // 1530: its CPU time so far, every thread
 *     server.status('VmRSS'); // 212860928: its resident memory in bytes
 *     await server.stop();
 */
export async function serve({ dataDir, build = buildDir, env = {}, quiet = false, name = '' }) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(build, 'index.js')], {
    env: { ...process.env, ANYAM_DATA: dataDir, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', quiet ? 'ignore' : 'inherit'],
  });
  const exited = new Promise((done) => child.once('exit', done));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    return exited;
  };
  for (let i = 0; ; i += 1) {
    try {
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      /* not up yet */
    }
    if (i > 600) {
      await stop();
      throw new Error(`The dashboard${name ? ` of ${name}` : ''} did not start.`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    pid: child.pid,
    /** The server's CPU time (all its threads: DuckDB's, libuv's, the event loop) in ms. */
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    /** A memory field of /proc/PID/status (VmRSS, VmHWM, …) in bytes. */
    status(field) {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]) * 1024;
    },
    stop,
  };
}
