// A `year` the dataset has no data for is a 400 that names the years it has, on every endpoint
// that takes `year`; an explicit from/to keeps the metric definition (rows of zeros).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as metricsGet } from '../../routes/api/metrics/[name]/+server.js';
import { GET as healthGet } from '../../routes/api/health/+server.js';
import { GET as overviewGet } from '../../routes/api/overview/+server.js';
import { GET as productsGet } from '../../routes/api/products/pci/+server.js';
import { GET as provincesGet } from '../../routes/api/provinces/reach/+server.js';
import { GET as networkGet } from '../../routes/api/network/+server.js';
import { GET as diffusionGet } from '../../routes/api/diffusion/+server.js';
import { GET as adviceGet } from '../../routes/api/advice/+server.js';
import { GET as councilsGet } from '../../routes/api/councils/+server.js';
import { metricNames } from '@anyam/core';
import { closeDataset } from './dataset.js';
import { participationYears } from './api.js';
import type { DatasetHandle } from '@anyam/duckdb';

type Handler = (event: never) => Response | Promise<Response>;

async function call(handler: Handler, path: string, params: Record<string, string> = {}) {
  const url = new URL(path, 'http://localhost');
  const response = await handler({ params, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let first: number;
let last: number;
let council: string;
beforeAll(async () => {
  process.env.ANYAM_DATA = inject('dataDir');
  const health = await call(healthGet as Handler, '/api/health');
  const dataset = health.body.dataset as { first_year: number; last_year: number };
  first = dataset.first_year;
  last = dataset.last_year;
  const councils = await call(councilsGet as Handler, '/api/councils?region=36');
  council = (councils.body.councils as { council_id: string }[])[0]!.council_id;
});
afterAll(async () => {
  await closeDataset();
});

describe('participationYears', () => {
  it("reads the years from the manifest's participation partitions, without a query", async () => {
    const handle = {
      version: 'years-from-the-manifest',
      manifest: {
        tables: {
          participations: {
            rows: 3,
            files: [
              'participations/year=2019/data_0.parquet',
              'participations/year=2020/data_0.parquet',
              'participations/year=2023/data_0.parquet',
            ],
            partitioned_by: 'year',
          },
          // Outcomes of a year without participations do not widen the years offered.
          outcomes: {
            rows: 1,
            files: ['outcomes/year=2024/data_0.parquet'],
            partitioned_by: 'year',
          },
        },
      },
      query: () => Promise.reject(new Error('participationYears must not scan the tables.')),
    } as unknown as DatasetHandle;
    expect(await participationYears(handle)).toEqual({ first: 2019, last: 2023 });
  });

  it('is null for a dataset without participations', async () => {
    const handle = {
      version: 'no-participations',
      manifest: { tables: { participations: { rows: 0, files: [], partitioned_by: 'year' } } },
      query: () => Promise.reject(new Error('participationYears must not scan the tables.')),
    } as unknown as DatasetHandle;
    expect(await participationYears(handle)).toBeNull();
  });
});

describe('a year without data', () => {
  const sentence = (year: number) => `No data for ${year}: the dataset covers ${first}-${last}.`;

  it('is a 400 naming the years of the dataset, before and after them, for every metric', async () => {
    for (const name of metricNames) {
      const extra = name === 'advice' ? `&council=${council}` : '';
      for (const year of [first - 2, last + 1]) {
        const { status, body } = await call(
          metricsGet as Handler,
          `/api/metrics/${name}?region=36&year=${year}${extra}`,
          { name },
        );
        expect(status, `${name} ${year}`).toBe(400);
        expect(body.error, `${name} ${year}`).toBe(sentence(year));
      }
    }
  });

  it('is a 400 on the overview and every other endpoint that takes year', async () => {
    const year = first - 2;
    const endpoints: [Handler, string][] = [
      [overviewGet as Handler, `/api/overview?region=36&year=${year}`],
      [productsGet as Handler, `/api/products/pci?region=36&year=${year}`],
      [provincesGet as Handler, `/api/provinces/reach?year=${year}`],
      [networkGet as Handler, `/api/network?region=36&year=${year}`],
      [diffusionGet as Handler, `/api/diffusion?region=36&year=${year}`],
      [adviceGet as Handler, `/api/advice?council=${council}&year=${year}`],
    ];
    for (const [handler, path] of endpoints) {
      const { status, body } = await call(handler, path);
      expect(status, path).toBe(400);
      expect(body.error, path).toBe(sentence(year));
    }
  });

  it('leaves the years of the dataset and an explicit from/to alone', async () => {
    for (const year of [first, last]) {
      const { status } = await call(overviewGet as Handler, `/api/overview?region=36&year=${year}`);
      expect(status, String(year)).toBe(200);
    }
    // The CLI's contract: a period outside the data answers the metric's rows of zeros.
    const { status, body } = await call(
      metricsGet as Handler,
      `/api/metrics/reach?region=36&from=${first - 2}-01-01&to=${first - 2}-12-31`,
      { name: 'reach' },
    );
    expect(status).toBe(200);
    expect((body.rows as { reached_artisans: number }[])[0]?.reached_artisans).toBe(0);
  });
});

describe('outcomes before the first participation year', () => {
  it('leave the overview of the first year answered, without a year before it (which has no data)', async () => {
    // An import may hold revenue of the year before coaching began: outcomes a year earlier.
    const dir = join(tmpdir(), `anyam-dashboard-early-outcomes-${process.pid}`);
    await rm(dir, { recursive: true, force: true });
    await cp(inject('dataDir'), dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      tables: { outcomes: { rows: number; files: string[] } };
    };
    const source = manifest.tables.outcomes.files.find((file) => file.includes(`year=${first}/`))!;
    const early = source.replace(`year=${first}/`, `year=${first - 1}/`);
    await mkdir(join(dir, early, '..'), { recursive: true });
    await cp(join(dir, source), join(dir, early));
    manifest.tables.outcomes.files = [early, ...manifest.tables.outcomes.files];
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    const saved = process.env.ANYAM_DATA;
    await closeDataset();
    process.env.ANYAM_DATA = dir;
    try {
      const health = await call(healthGet as Handler, '/api/health');
      expect(health.body.dataset).toMatchObject({ first_year: first, last_year: last });
      const { status, body } = await call(
        overviewGet as Handler,
        `/api/overview?region=36&year=${first}`,
      );
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.previous).toBeNull();
    } finally {
      process.env.ANYAM_DATA = saved;
      await closeDataset();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
