import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDataset } from '$lib/server/dataset.js';
import { GET } from './+server.js';

type Handler = (event: never) => Response | Promise<Response>;

async function health(query: string) {
  const url = new URL(`/api/health${query}`, 'http://localhost');
  const response = await (GET as Handler)({ params: {}, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let saved: string | undefined;
beforeAll(() => {
  saved = process.env.ANYAM_DATA;
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  process.env.ANYAM_DATA = saved;
  await closeDataset();
});

describe('GET /api/health', () => {
  it('answers the dataset with lang=, the one parameter it reads', async () => {
    const { status, body } = await health('?lang=id');
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
  });

  it('answers 400 with one sentence for an unknown parameter, as every endpoint does', async () => {
    const { status, body } = await health('?region=36');
    expect(status).toBe(400);
    expect(body.error).toBe('Unknown parameter "region": use lang.');
  });

  it('answers 400 for a parameter given twice', async () => {
    const { status, body } = await health('?lang=en&lang=id');
    expect(status).toBe(400);
    expect(body.error).toBe('Parameter "lang" is given more than once.');
  });

  it('answers 400 for an unknown parameter even without a dataset', async () => {
    process.env.ANYAM_DATA = '/nonexistent/anyam-dataset';
    try {
      expect((await health('?verbose=1')).status).toBe(400);
      expect((await health('')).status).toBe(503);
    } finally {
      process.env.ANYAM_DATA = inject('dataDir');
    }
  });
});
