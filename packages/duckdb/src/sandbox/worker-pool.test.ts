import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkerPool, residentBytes } from './worker-pool.js';

let scripts: string;
let own: string;
let saved: string | undefined;

beforeEach(async () => {
  scripts = await mkdtemp(join(tmpdir(), 'anyam-pool-scripts-'));
  saved = process.env.TMPDIR;
  // The pool makes each worker's private folder in TMPDIR: here one the test can list.
  own = await mkdtemp(join(tmpdir(), 'anyam-pool-tmp-'));
  process.env.TMPDIR = own;
});

afterEach(async () => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  await rm(scripts, { recursive: true, force: true });
  await rm(own, { recursive: true, force: true });
});

const options = (workerPath: string) => ({
  workerPath,
  open: { op: 'open' },
  cwd: scripts,
  size: 1,
  maxQueued: 1,
  queueWaitMs: 1000,
  timeoutMs: 1000,
  maxRssBytes: 512 * 2 ** 20,
});

describe('createWorkerPool', () => {
  it('removes the private folder of a worker that dies while it opens', async () => {
    const script = join(scripts, 'dies.mjs');
    await writeFile(
      script,
      `import { writeFileSync } from 'node:fs';
       import { join } from 'node:path';
       process.on('message', (m) => { writeFileSync(join(m.folder, 'views.duckdb'), 'x'); process.exit(1); });`,
    );
    await expect(createWorkerPool(options(script))).rejects.toThrow(/did not start/);
    await vi.waitFor(async () => expect(await readdir(own)).toEqual([]), { timeout: 10_000 });
  });

  it('kills a job over its time, replaces the worker and runs the next job', async () => {
    const script = join(scripts, 'echo.mjs');
    await writeFile(
      script,
      `process.on('message', (m) => {
         if (m.op === 'open') return process.send({ op: 'ready' });
         if (m.op === 'hang') { for (;;) {} }
         process.send({ id: m.id, ok: true, pid: process.pid });
       });
       process.on('disconnect', () => process.exit(0));`,
    );
    const pool = await createWorkerPool(options(script));
    try {
      const [first] = pool.pids();
      await expect(pool.run((request) => request({ op: 'hang' }))).rejects.toMatchObject({
        kind: 'timeout',
      });
      const reply = await pool.run((request) => request({ op: 'echo' }));
      expect(reply.ok).toBe(true);
      expect(reply.pid).not.toBe(first);
      expect(residentBytes(first!)).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
