/**
 * Small-cell suppression on every API surface, on the Banten demo data (metrics.md): each answer
 * is compared with the same metric run without suppression, so a test sees what was hidden.
 */
import {
  inRegionSql,
  metricDefinitions,
  metricNames,
  productScoresSql,
  regionKeySql,
  type MetricRow,
} from '@anyam/core';
import { runMetric } from '@anyam/duckdb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as metricsGet } from '../../routes/api/metrics/[name]/+server.js';
import { GET as overviewGet } from '../../routes/api/overview/+server.js';
import { GET as networkGet } from '../../routes/api/network/+server.js';
import { GET as productsGet } from '../../routes/api/products/pci/+server.js';
import { closeDataset, getDataset } from './dataset.js';

type Handler = (event: never) => Response | Promise<Response>;
type Row = MetricRow & { suppressed: string[] };

async function call(handler: unknown, path: string, params: Record<string, string> = {}) {
  const url = new URL(path, 'http://localhost');
  const response = await (handler as Handler)({ params, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function published(name: string, query: Record<string, string>): Promise<Row[]> {
  const { status, body } = await call(
    metricsGet,
    `/api/metrics/${name}?${new URLSearchParams(query)}`,
    { name },
  );
  expect(status).toBe(200);
  return body.rows as Row[];
}

async function unsuppressed(name: string, query: Record<string, string>): Promise<MetricRow[]> {
  const { year, ...rest } = query;
  const result = await runMetric(await getDataset(), name, {
    ...rest,
    ...(year === undefined ? {} : { year: Number(year) }),
  });
  return result.rows;
}

const regencies = ['36.01', '36.02', '36.03', '36.04', '36.71', '36.72', '36.73', '36.74'];
const scopes = ['36', ...regencies];
const years = ['2022', '2023', '2024', '2025'];
const reachCounts = [
  'eligible_artisans',
  'reached_artisans',
  'eligible_enterprises',
  'reached_enterprises',
];

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

/**
 * The sets of rows metrics.md's rule may hide for one count `field` of a breakdown, read off the
 * unsuppressed rows: each count from 1 to k-1; and when exactly one row holds such a count, one
 * row holding the smallest other non-zero count too (the rule names no row on a tie, so each is
 * allowed). Written from the contract's words, apart from core's implementation, so that the API
 * is checked against the rule and not against itself.
 */
function contractHiddenRows(raw: readonly MetricRow[], field: string, k = 5): number[][] {
  const counts = raw.map((row) => (typeof row[field] === 'number' ? row[field] : null));
  const small = counts.flatMap((n, i) => (n !== null && n >= 1 && n < k ? [i] : []));
  const others = counts.flatMap((n, i) => (n !== null && n > 0 && i !== small[0] ? [n] : []));
  if (small.length !== 1 || others.length === 0) return [small];
  const least = Math.min(...others);
  return counts.flatMap((n, i) =>
    n === least && i !== small[0] ? [[...small, i].sort((a, b) => a - b)] : [],
  );
}

describe('GET /api/metrics/reach: a hidden count cannot be recovered from the total', () => {
  // What the contract guarantees (metrics.md, secondary suppression): a hidden count is never the
  // only hidden one of its breakdown, so the region's total minus the published rows is a sum of
  // two or more hidden cells, never one cell's count. It does not promise that such a sum tells
  // nothing: two hidden cells summing to 2 are both 1, two small cells summing to 2(k-1) are both
  // k-1, and an attacker who knows the rule knows the complementary cell lies between k and the
  // smallest count still published.
  it.each(['region', 'craft_category'] as const)(
    'by %s: the small cells and their complement are hidden, so the total minus the published rows is never one cell',
    async (by) => {
      const key = by === 'region' ? 'region_code' : by;
      let secondary = 0;
      let attacked = 0;
      for (const [region, year] of scopes.flatMap((code) =>
        years.map((y): [string, string] => [code, y]),
      )) {
        const query = { region, year };
        const [total] = await published('reach', query);
        const rows = await published('reach', { ...query, by });
        const raw = await unsuppressed('reach', { ...query, by });
        const where = `${region} ${year} by ${by}`;
        expect(rows.map((row) => row[key])).toEqual(raw.map((row) => row[key]));
        for (const field of reachCounts) {
          const hidden = rows.flatMap((row, i) => (row.suppressed.includes(field) ? [i] : []));
          expect(contractHiddenRows(raw, field), `${where}: rows hiding ${field}`).toContainEqual(
            hidden,
          );
          const whole = total?.[field];
          if (typeof whole !== 'number' || hidden.length === 0) continue;
          attacked += 1;
          expect(hidden.length, `${where}: ${field} hidden in one row only`).toBeGreaterThan(1);
          // The rows share out the total, so subtraction leaves exactly the hidden cells' sum.
          const rest =
            whole -
            rows.reduce((sum, row) => sum + (typeof row[field] === 'number' ? row[field] : 0), 0);
          const hiddenSum = hidden.reduce((sum, i) => sum + Number(raw[i]?.[field]), 0);
          expect(rest, `${where}: ${field} total minus the published rows`).toBe(hiddenSum);
          // A secondarily hidden cell is one whose own count is k (5) or more.
          secondary += hidden.filter((i) => Number(raw[i]?.[field]) >= 5).length;
        }
      }
      // The Banten data exercises the rule: some breakdown hid a second cell.
      expect(attacked).toBeGreaterThan(0);
      expect(secondary).toBeGreaterThan(0);
    },
  );
});

describe('GET /api/metrics/reach: a rate over a small numerator', () => {
  it('is null whenever its numerator is 1 to 4, in every breakdown and year (cards, trends)', async () => {
    let small = 0;
    for (const region of ['36', '36.01', '36.02']) {
      for (const year of ['2022', '2023', '2024']) {
        for (const by of [undefined, 'region', 'craft_category', 'program_type']) {
          const query = { region, year, ...(by ? { by } : {}) };
          const rows = await published('reach', query);
          const raw = await unsuppressed('reach', query);
          rows.forEach((row, i) => {
            for (const [count, rate] of [
              ['reached_artisans', 'reach_rate'],
              ['reached_enterprises', 'enterprise_reach_rate'],
            ] as const) {
              const n = raw[i]?.[count];
              if (typeof n === 'number' && n >= 1 && n < 5) {
                small += 1;
                expect(row[count]).toBeNull();
                expect(row[rate], `${region} ${year} ${by} ${rate} over ${n}`).toBeNull();
              }
            }
          });
        }
      }
    }
    expect(small).toBeGreaterThan(0);
  });

  it('is null on the overview card of a district whose reached artisans are hidden', async () => {
    // A district (of any regency, any year) with 1 to 4 artisans reached of 5 or more eligible.
    let found: { region: string; year: string } | undefined;
    search: for (const year of years)
      for (const regency of regencies) {
        const raw = await unsuppressed('reach', { region: regency, year, by: 'region' });
        const district = raw.find(
          (row) =>
            typeof row.reached_artisans === 'number' &&
            row.reached_artisans >= 1 &&
            row.reached_artisans < 5 &&
            (row.eligible_artisans as number) >= 5,
        );
        if (district) {
          found = { region: String(district.region_code), year };
          break search;
        }
      }
    expect(found, 'a district with 1 to 4 artisans reached').toBeDefined();
    const { status, body } = await call(
      overviewGet,
      `/api/overview?region=${found!.region}&year=${found!.year}`,
    );
    expect(status).toBe(200);
    const current = body.current as Record<string, unknown>;
    // Not "< 5 dari 11" beside 18,2%: the rate would give the count back.
    expect(current.reached_artisans).toBeNull();
    expect(typeof current.eligible_artisans).toBe('number');
    expect(current.reach_rate).toBeNull();
    expect(current.suppressed).toEqual(expect.arrayContaining(['reached_artisans', 'reach_rate']));
  });
});

describe("councils' public work is never suppressed at Banten scale", () => {
  it.each(['network', 'diffusion'])(
    '%s answers equal the unsuppressed metric, small counts included',
    async (name) => {
      const query = { region: '36', year: '2024' };
      const rows = await published(name, query);
      const raw = await unsuppressed(name, query);
      expect(rows.map(({ suppressed: _s, ...row }) => row)).toEqual(raw);
      expect(rows.every((row) => row.suppressed.length === 0)).toBe(true);
      // Councils with 1 to 4 visits or exposures are there, published as they are.
      const fields = name === 'network' ? ['visits_made', 'visits_hosted'] : ['exposed', 'adopted'];
      expect(
        rows.some((row) =>
          fields.some(
            (field) => typeof row[field] === 'number' && row[field] >= 1 && row[field] < 5,
          ),
        ),
      ).toBe(true);
    },
  );

  it('GET /api/network publishes every edge count', async () => {
    const { body } = await call(networkGet, '/api/network?region=36&year=2024');
    const edges = body.edges as { events: number | null; suppressed: string[] }[];
    expect(edges.length).toBeGreaterThan(0);
    expect(
      edges.every((edge) => typeof edge.events === 'number' && edge.suppressed.length === 0),
    ).toBe(true);
    expect(edges.some((edge) => (edge.events as number) < 5)).toBe(true);
  });

  it('GET /api/overview publishes the study visits of a regency, however few', async () => {
    for (const region of regencies) {
      const { body } = await call(overviewGet, `/api/overview?region=${region}&year=2024`);
      const current = body.current as { study_visits: unknown; suppressed: string[] };
      expect(typeof current.study_visits).toBe('number');
      expect(current.suppressed).not.toContain('study_visits');
    }
  });
});

describe('GET /api/products/pci goes through the same rule', () => {
  it('shows no region or category with fewer than 5 products, nor a lone hidden one', async () => {
    let namedHidden = 0;
    for (const region of regencies) {
      const { body } = await call(productsGet, `/api/products/pci?region=${region}&year=2024`);
      const rows = body.rows as {
        region_code: string;
        craft_category: string | null;
        pci: number | null;
        suppressed: string[];
      }[];
      // What the answer would be without suppression: each product's child region and category.
      const handle = await getDataset();
      const raw = await handle.query(
        `WITH scored AS (${productScoresSql(inRegionSql('region_code'))})
         SELECT ${regionKeySql('region_code')} AS region_code, craft_category, count(*)::INTEGER AS n
         FROM scored WHERE assessed AND ${inRegionSql('region_code')} GROUP BY ALL`,
        { region, to: '2024-12-31', to_year: 2024 },
      );
      const regionsRaw = new Map<string, number>();
      for (const row of raw)
        regionsRaw.set(
          String(row.region_code),
          (regionsRaw.get(String(row.region_code)) ?? 0) + Number(row.n),
        );
      const blank = rows.filter((row) => row.pci === null).map((row) => row.region_code);
      // A lone hidden region would be the scope's total minus the regions shown.
      if ([...regionsRaw.values()].some((n) => n > 0) && blank.length > 0)
        expect(blank.length, `${region}: regions hidden`).toBeGreaterThan(1);
      for (const [code, n] of regionsRaw) {
        const dots = rows.filter((row) => row.region_code === code && row.pci !== null);
        if (dots.length === 0) continue;
        expect(dots.length).toBe(n);
        expect(n).toBeGreaterThanOrEqual(5);
        const named = new Map<string, number>();
        for (const dot of dots)
          if (dot.craft_category !== null)
            named.set(dot.craft_category, (named.get(dot.craft_category) ?? 0) + 1);
          else expect(dot.suppressed).toEqual(['craft_category']);
        for (const [category, count] of named) {
          const whole = raw.find(
            (row) => row.region_code === code && row.craft_category === category,
          );
          expect(count, `${code} ${category}`).toBe(Number(whole?.n));
          expect(count, `${code} ${category}`).toBeGreaterThanOrEqual(5);
        }
        // The products left unnamed are never one category's alone.
        const unnamed = raw.filter(
          (row) => row.region_code === code && !named.has(String(row.craft_category)),
        );
        if (unnamed.length > 0) {
          namedHidden += 1;
          expect(unnamed.length, `${code}: categories hidden`).toBeGreaterThan(1);
        }
      }
    }
    expect(namedHidden).toBeGreaterThan(0);
  });
});

describe('every metric the API serves declares each of its fields for suppression', () => {
  it.each([...metricNames])('%s', async (name) => {
    const query: Record<string, string> = { region: '36', year: '2024' };
    if (name === 'advice') query.council = 'DKR-36.01';
    const { status, body } = await call(
      metricsGet,
      `/api/metrics/${name}?${new URLSearchParams(query)}`,
      { name },
    );
    if (status === 404) return; // named in the contract, not served yet
    expect(status).toBe(200);
    const spec = metricDefinitions[name].suppression;
    const rows = body.rows as Row[];
    for (const row of rows)
      for (const field of Object.keys(row))
        if (field !== 'suppressed') expect(spec.fields, `${name}.${field}`).toHaveProperty(field);
  });
});
