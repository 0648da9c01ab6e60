// GET /api/metrics/NAME for the metrics of long-term results: the event study, programs and
// visit follow-up, with their options, over the Banten test dataset, suppressed as the API is.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as metricsGet } from '../../routes/api/metrics/[name]/+server.js';
import { closeDataset } from './dataset.js';

type Handler = (event: never) => Response | Promise<Response>;
type Row = Record<string, unknown>;

async function metric(name: string, query = '') {
  const url = new URL(`/api/metrics/${name}${query}`, 'http://localhost');
  const response = await (metricsGet as Handler)({ params: { name }, url } as never);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

describe('GET /api/metrics/event_study', () => {
  it('serves event times -H..H without -1, then the pre-trend test and the post effect', async () => {
    const { status, body } = await metric('event_study', '?horizon=2&outcome=employees');
    expect(status).toBe(200);
    expect([body.from, body.to]).toEqual(['2021-01-01', '2025-12-31']);
    const rows = body.rows as Row[];
    expect(rows.map((row) => row.event_time)).toEqual(['-2', '0', '1', '2', 'pre', 'post']);
    const pre = rows[4] as Row;
    expect(pre.df).toBe(1);
    expect(pre.p_value).toBeGreaterThan(0);
    expect(pre.p_value).toBeLessThanOrEqual(1);
    for (const row of rows) expect(Array.isArray(row.suppressed)).toBe(true);
  });

  it('serves one row per cohort and event time with by=cohort', async () => {
    const { status, body } = await metric('event_study', '?by=cohort&horizon=1');
    expect(status).toBe(200);
    const rows = body.rows as Row[];
    const cohorts = [...new Set(rows.map((row) => row.cohort))];
    expect(cohorts.length).toBeGreaterThan(1);
    expect(rows).toHaveLength(cohorts.length * 2);
    expect(rows.every((row) => row.event_time === '0' || row.event_time === '1')).toBe(true);
  });

  it.each([
    ['?horizon=11', /^horizon must be a whole number of years from 1 to 10, not "11"\.$/],
    ['?outcome=profit', /^outcome must be one of revenue_idr, employees, units_sold/],
    ['?by=council', /^event_study can be broken down by cohort, not "council"\.$/],
  ])('answers 400 with one sentence for %s', async (query, message) => {
    const { status, body } = await metric('event_study', query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });
});

describe('GET /api/metrics/programs', () => {
  it('serves every council of the region, with targets and budgets published as they are', async () => {
    const { status, body } = await metric('programs', '?year=2024&by=council');
    expect(status).toBe(200);
    const rows = body.rows as Row[];
    const ids = rows.map((row) => String(row.council_id));
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('DKR-36');
    for (const row of rows) {
      expect(typeof row.programs).toBe('number');
      expect(typeof row.budget_idr).toBe('number');
      expect(row.suppressed).not.toContain('programs');
      expect(row.suppressed).not.toContain('budget_idr');
    }
  });

  it('serves one row per program type, and refuses another breakdown', async () => {
    const { body } = await metric('programs', '?year=2024&by=program_type');
    expect((body.rows as Row[]).map((row) => row.program_type)).toContain('design_clinic');
    const refused = await metric('programs', '?by=region');
    expect(refused.status).toBe(400);
  });
});

describe('GET /api/metrics/visit_outcomes', () => {
  it('serves one row per study visit of the region, in date order', async () => {
    const { status, body } = await metric('visit_outcomes', '?year=2023');
    expect(status).toBe(200);
    const rows = body.rows as Row[];
    expect(rows.length).toBeGreaterThan(0);
    const dates = rows.map((row) => String(row.visit_date));
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date.startsWith('2023-'))).toBe(true);
    for (const row of rows) {
      expect(typeof row.practices_shown).toBe('number');
      expect(row.suppressed).not.toContain('practices_shown');
    }
  });
});
