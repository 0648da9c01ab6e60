import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { weakestDimension } from '@anyam/core';
import { GET as networkGet } from '../../../routes/api/network/+server.js';
import { GET as diffusionGet } from '../../../routes/api/diffusion/+server.js';
import { GET as councilsGet } from '../../../routes/api/councils/+server.js';
import { GET as adviceGet } from '../../../routes/api/advice/+server.js';
import { GET as metricsGet } from '../../../routes/api/metrics/[name]/+server.js';
import { closeDataset } from '../dataset.js';

type Handler = (event: never) => Response | Promise<Response>;

async function call(handler: unknown, path: string, params: Record<string, string> = {}) {
  const url = new URL(path, 'http://localhost');
  const response = await (handler as Handler)({ params, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

describe('GET /api/network', () => {
  it('gives the nodes and edges whose pairs the network metric counts', async () => {
    const { status, body } = await call(networkGet, '/api/network?region=36&year=2024');
    expect(status).toBe(200);
    const nodes = body.nodes as { council_id: string; name: string; in_scope: boolean }[];
    const edges = body.edges as {
      source: string;
      target: string;
      kind: string;
      events: number;
      suppressed: string[];
    }[];
    expect(nodes.length).toBe(9);
    expect(nodes.every((node) => node.name.length > 0)).toBe(true);
    const metric = await call(metricsGet, '/api/metrics/network?region=36&year=2024', {
      name: 'network',
    });
    const graph = (metric.body.rows as { council_id: string; edges: number; nodes: number }[]).find(
      (row) => row.council_id === 'all',
    )!;
    const pairs = new Set(edges.map((edge) => [edge.source, edge.target].sort().join('|')));
    expect(pairs.size).toBe(graph.edges);
    expect(edges.some((edge) => edge.kind === 'visit')).toBe(true);
    for (const edge of edges) {
      expect(edge.source).not.toBe(edge.target);
      // Visits and joint exhibitions are councils' public work: published as they are.
      expect(edge.suppressed).toEqual([]);
      expect(Number.isInteger(edge.events) && edge.events >= 1).toBe(true);
    }
  });

  it.each([
    ['?year=20x4', /^year must be a whole year/],
    ['?region=99', /not in the region reference/],
    ['?council=DKR-36', /^Unknown parameter "council"/],
  ])('answers 400 for %s', async (query, message) => {
    const { status, body } = await call(networkGet, `/api/network${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });
});

describe('GET /api/diffusion', () => {
  it('lists each practice shown with its visits and exposures, agreeing with the metric', async () => {
    const { status, body } = await call(diffusionGet, '/api/diffusion?region=36&year=2024');
    expect(status).toBe(200);
    const practices = body.practices as {
      practice_id: string;
      visits: { host: string; visitor: string; date: string }[];
      exposures: {
        council_id: string;
        first_visit: string;
        adopted_on: string | null;
        lag_days: number | null;
      }[];
    }[];
    expect(practices.length).toBeGreaterThan(0);
    const exposed = practices.reduce((total, practice) => total + practice.exposures.length, 0);
    const metric = await call(metricsGet, '/api/metrics/diffusion?region=36&year=2024', {
      name: 'diffusion',
    });
    const all = (metric.body.rows as { council_id: string; exposed: number }[]).find(
      (row) => row.council_id === 'all',
    )!;
    expect(exposed).toBe(all.exposed);
    for (const practice of practices) {
      for (const exposure of practice.exposures) {
        expect(exposure.first_visit >= '2024-01-01' && exposure.first_visit <= '2024-12-31').toBe(
          true,
        );
        if (exposure.adopted_on !== null) {
          expect(exposure.adopted_on >= exposure.first_visit).toBe(true);
          expect(exposure.lag_days).toBe(
            (Date.parse(exposure.adopted_on) - Date.parse(exposure.first_visit)) / 86_400_000,
          );
        }
      }
    }
  });

  it('answers 400 for an unknown parameter', async () => {
    const { status, body } = await call(diffusionGet, '/api/diffusion?practice=x');
    expect(status).toBe(400);
    expect(body.error).toMatch(/^Unknown parameter "practice"/);
  });
});

describe('GET /api/councils and /api/advice', () => {
  it('lists the councils of a scope', async () => {
    const { body } = await call(councilsGet, '/api/councils?region=36.03');
    expect((body.councils as { council_id: string }[]).map((row) => row.council_id)).toEqual([
      'DKR-36.03',
    ]);
  });

  it('finds the weakest dimension when none is given and ranks candidates best first', async () => {
    const { status, body } = await call(adviceGet, '/api/advice?council=DKR-36.01&year=2024');
    expect(status).toBe(200);
    expect(body.dimension_source).toBe('weakest');
    const own = body.own as Record<string, number>;
    expect(body.dimension).toBe(weakestDimension(own as never));
    const rows = body.rows as {
      rank: number;
      council_id: string;
      name: string;
      reasons: string[];
      gap: number;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.rank)).toEqual(rows.map((_, i) => i + 1));
    expect(
      rows.every((row) => row.council_id !== 'DKR-36.01' && row.name.startsWith('Dekranasda')),
    ).toBe(true);
    expect(rows[0]!.reasons[0]).toMatch(/poin pada/);
  });

  it('uses the dimension asked for and writes the reasons in English', async () => {
    const { body } = await call(
      adviceGet,
      '/api/advice?council=DKR-36.01&year=2024&dimension=market&lang=en',
    );
    expect(body).toMatchObject({ dimension: 'market', dimension_source: 'chosen' });
    expect((body.rows as { reasons: string[] }[])[0]!.reasons[0]).toMatch(/points on market/);
  });

  it("publishes the visits hosted and the adoption rate, councils' work, and states them", async () => {
    const { body } = await call(adviceGet, '/api/advice?council=DKR-36.01&year=2024');
    const rows = body.rows as { suppressed: string[]; reasons: string[]; visits_hosted: number }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const field of ['visits_hosted', 'practices_shown', 'adoption_rate'])
        expect(row.suppressed).not.toContain(field);
      expect(typeof row.visits_hosted).toBe('number');
      if (row.visits_hosted > 0)
        expect(row.reasons).toContain(`sudah ${row.visits_hosted} kali menerima studi tiru`);
    }
  });

  it.each([
    ['/api/advice?year=2024', /^advice needs council/],
    ['/api/advice?council=NOPE', /^Unknown council "NOPE"/],
    ['/api/advice?council=DKR-36.01&dimension=beauty', /^Unknown dimension "beauty"/],
  ])('answers 400 for %s', async (path, message) => {
    const { status, body } = await call(adviceGet, path);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });
});
