import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fail } from '../cli-error.js';

export interface Dashboard {
  url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s); safe to call twice. */
  stop(): Promise<void>;
}

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the dashboard's built server over `dataDir` on a free loopback port and waits until
 * /api/health answers that the dataset is open. A dataset the server cannot open stops with the
 * server's own sentence.
 *
 *     const dashboard = await startDashboard('/repo/apps/dashboard/build/index.js', '/data/export');
 *     dashboard.url // 'http://127.0.0.1:40123'
 *     await dashboard.stop();
 */
export async function startDashboard(
  entry: string,
  dataDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** Receives `stop` as soon as the server is spawned, so that an interrupt can stop it. */
  onSpawn?: (stop: () => Promise<void>) => void,
): Promise<Dashboard> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: {
      ...env,
      ANYAM_DATA: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  onSpawn?.(stop);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) {
      const last = output.trim().split('\n').at(-1) ?? '';
      fail(`The dashboard server stopped before it answered${last ? `: ${last}` : '.'}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      const body = (await response.json()) as { ok?: boolean; error?: string };
      if (response.ok && body.ok) return { url, stop };
      await stop();
      fail(
        `The dataset at ${dataDir} cannot be read: ${body.error ?? `status ${response.status}`}`,
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'CliError') throw error;
      if (Date.now() > deadline) {
        await stop();
        fail('The dashboard server did not answer within 3 minutes.');
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}
