import type { DuckDBConnection } from '@duckdb/node-api';
import { indonesiaRegions } from '@anyam/core/reference';
import { beforeAll, describe, expect, test } from 'vitest';
import { scales } from './scales.js';
import { generated, one, rows } from './test-helpers.js';

let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await generated('nationwide', 42);
}, 120_000);

const reference = indonesiaRegions();
const provinces = reference.filter((region) => region.level === 'province');
const regencies = reference.filter((region) => region.level === 'regency');

describe('generate (nationwide)', () => {
  test('covers every province and regency of the reference, with a council for each', async () => {
    const counts = await one(
      connection,
      `SELECT count(*) FILTER (WHERE level = 'province')::INTEGER AS provinces,
              count(*) FILTER (WHERE level = 'regency')::INTEGER AS regencies
       FROM regions`,
    );
    expect(counts).toEqual({ provinces: provinces.length, regencies: regencies.length });
    const councils = await rows(connection, 'SELECT region_code FROM councils ORDER BY 1');
    expect(councils.map((row) => row.region_code)).toEqual(
      [...provinces, ...regencies].map((region) => region.code).sort(),
    );
    expect(councils).toHaveLength(552);
  });

  test('places 55%–145% of the scale mean of enterprises in each regency', async () => {
    const mean = scales.nationwide.meanEnterprisesPerRegency;
    const sizes = await rows(
      connection,
      `SELECT left(region_code, 5) AS regency, count(*)::INTEGER AS n FROM enterprises GROUP BY 1`,
    );
    expect(sizes).toHaveLength(regencies.length);
    for (const { regency, n } of sizes) {
      expect(n, String(regency)).toBeGreaterThanOrEqual(Math.floor(mean * 0.55));
      expect(n, String(regency)).toBeLessThanOrEqual(Math.ceil(mean * 1.45));
    }
  });

  test('every council makes visits each year, mostly within its province, some across', async () => {
    const visits = await one(
      connection,
      `SELECT count(DISTINCT visiting_council_id)::INTEGER AS visitors,
              count(DISTINCT (visiting_council_id, year(visit_date)))::INTEGER AS visitor_years,
              count(*) FILTER (WHERE left(a.region_code, 2) = left(h.region_code, 2))::INTEGER AS within,
              count(*) FILTER (WHERE left(a.region_code, 2) <> left(h.region_code, 2))::INTEGER AS across,
              count(DISTINCT left(h.region_code, 2))::INTEGER AS host_provinces
       FROM study_visits v
       JOIN councils a ON a.council_id = v.visiting_council_id
       JOIN councils h ON h.council_id = v.host_council_id`,
    );
    expect(visits.visitors).toBe(552);
    expect(visits.visitor_years).toBe(552 * 5);
    expect(visits.within as number).toBeGreaterThan((visits.across as number) * 2);
    expect(visits.across as number).toBeGreaterThan(500);
    expect(visits.host_provinces).toBe(provinces.length);
  });

  test('keeps no PII in artisans', async () => {
    const columns = await rows(connection, 'DESCRIBE artisans');
    expect(columns.map((column) => column.column_name)).not.toContain('nik');
  });
});
