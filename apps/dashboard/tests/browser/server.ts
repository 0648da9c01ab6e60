import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const serverEntry = fileURLToPath(
  new URL(`../../${process.env.ANYAM_BUILD_DIR ?? 'build'}/index.js`, import.meta.url),
);

/** A TCP port free on 127.0.0.1 just now, such as 41234. */
export async function freePort(): Promise<number> {
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

export interface RunningServer {
  url: string;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built app (`entry`, by default build/index.js) over `dataDir` on a free port and
 * waits until it answers. `env` adds variables, given the port (ORIGIN needs it).
 */
export async function startServer(
  dataDir: string,
  entry = serverEntry,
  env: (port: number) => Record<string, string> = () => ({}),
): Promise<RunningServer> {
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run \`pnpm --filter @anyam/dashboard build\` first.`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      ANYAM_DATA: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let stopping = false;
  // A server that dies mid-suite would only show up as refused connections; say why instead.
  child.once('exit', (code, signal) => {
    if (!stopping)
      console.error(
        `The dashboard server exited (code ${code}, signal ${signal}):\n${output.slice(-4000)}`,
      );
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(`${url}/api/health`);
      await response.body?.cancel();
      break;
    } catch {
      if (child.exitCode !== null || attempt > 200) {
        child.kill();
        throw new Error(`The dashboard did not start: ${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
