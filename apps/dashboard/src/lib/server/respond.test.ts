import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { getRequest, setResponse } from '@sveltejs/kit/node';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as healthGet } from '../../routes/api/health/+server.js';
import { GET as catalogGet } from '../../routes/api/data/+server.js';
import { makeAttackDataset } from '../../../tests/attack-dataset.js';
import { ApiError } from './api-error.js';
import { findRepoRoot } from './config.js';
import { closeDataset } from './dataset.js';
import { answer } from './accounts/answer.js';
import { respond } from './respond.js';

type Handler = (event: never) => Response | Promise<Response>;

let scratch: string;
let dataset: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'anyam-leak-test-'));
  dataset = await makeAttackDataset(inject('dataDir'), join(scratch, 'dataset'));
});
afterEach(async () => {
  await closeDataset();
});
afterAll(async () => {
  process.env.ANYAM_DATA = inject('dataDir');
  await rm(scratch, { recursive: true, force: true });
});

/** The body of an answer, checked to name no folder of the server. */
async function pathFree(response: Response): Promise<string> {
  const body = await response.text();
  for (const path of [scratch, dataset, '/tmp', tmpdir(), findRepoRoot()])
    expect(body, `the answer names ${path}`).not.toContain(path);
  return body;
}

const health = () =>
  (healthGet as Handler)({ url: new URL('http://localhost/api/health') } as never);

describe('answers name no path of the server', () => {
  it('GET /api/health keeps what made the dataset, without the folders it was read from', async () => {
    process.env.ANYAM_DATA = dataset;
    const response = await health();
    expect(response.status).toBe(200);
    const body = JSON.parse(await pathFree(response)) as {
      dataset: { created_by: Record<string, unknown> };
    };
    expect(body.dataset.created_by).toEqual({ command: 'import', inputs: ['pandeglang', 'lebak'] });
  });

  it('GET /api/data describes the dataset without paths', async () => {
    process.env.ANYAM_DATA = dataset;
    const response = await (catalogGet as Handler)({} as never);
    expect(response.status).toBe(200);
    await pathFree(response);
  });

  it('a missing dataset is a 503 that names no folder', async () => {
    process.env.ANYAM_DATA = join(scratch, 'missing');
    const response = await health();
    expect(response.status).toBe(503);
    const body = JSON.parse(await pathFree(response)) as { error: string };
    expect(body.error).toMatch(/^There is no dataset/);
    expect(body.error).toContain('ANYAM_DATA');
  });

  it('a broken manifest is a 503 that names the file relative to ANYAM_DATA', async () => {
    const broken = join(scratch, 'broken');
    await makeAttackDataset(inject('dataDir'), broken);
    await writeFile(join(broken, 'manifest.json'), '{"format_version": 1}');
    process.env.ANYAM_DATA = broken;
    const response = await health();
    expect(response.status).toBe(503);
    const body = JSON.parse(await pathFree(response)) as { error: string };
    expect(body.error).toMatch(/ANYAM_DATA/);
  });

  it('a dataset with a file missing is a 503 without DuckDB naming the file', async () => {
    const holed = join(scratch, 'holed');
    await makeAttackDataset(inject('dataDir'), holed);
    await rm(join(holed, 'councils.parquet'));
    process.env.ANYAM_DATA = holed;
    const response = await health();
    expect(response.status).toBe(503);
    await pathFree(response);
  });

  it('respond takes the paths out of a DuckDB error sentence it passes on', async () => {
    process.env.ANYAM_DATA = dataset;
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    let sentence = '';
    try {
      await connection.run(`SELECT * FROM read_parquet('${join(dataset, 'nope.parquet')}')`);
    } catch (error) {
      sentence = (error as Error).message;
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    expect(sentence).toContain(dataset);
    for (const status of [400, 404, 500]) {
      const response = await respond(() => Promise.reject(new ApiError(status, sentence)));
      expect(response.status).toBe(status);
      const body = JSON.parse(await pathFree(response)) as { error: string };
      expect(body.error).toContain('ANYAM_DATA/nope.parquet');
    }
    const fromAccounts = await answer(() => Promise.reject(new ApiError(400, sentence)));
    expect(await pathFree(fromAccounts)).toContain('ANYAM_DATA/nope.parquet');
    const elsewhere = await respond(() =>
      Promise.reject(new ApiError(400, `Cannot open '/etc/anyam/x.csv' or ${tmpdir()}/y`)),
    );
    expect(await pathFree(elsewhere)).toContain("Cannot open '[path]' or [path]/y");
  });
});

describe.each([
  ['respond', respond],
  ['answer (the accounts API)', answer],
])('%s and BODY_SIZE_LIMIT', (_name, wrap) => {
  it('answers 413 with one sentence when a chunked body runs over the limit adapter-node sets', async () => {
    // adapter-node's own path: an http server, getRequest with the limit, a handler reading it.
    const server = createServer((incoming, outgoing) => {
      void (async () => {
        const request = await getRequest({
          request: incoming,
          base: 'http://127.0.0.1',
          bodySizeLimit: 1024 * 1024,
        });
        await setResponse(outgoing, await wrap(() => request.text()));
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 10 * 1024 * 1024) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: string }).error).toBe(
        'The request body is larger than this server accepts (BODY_SIZE_LIMIT): send a smaller one.',
      );
      // Under the limit the handler reads the body as usual.
      const small = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '"ok"',
      });
      expect(small.status).toBe(200);
      expect(await small.json()).toBe('"ok"');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
