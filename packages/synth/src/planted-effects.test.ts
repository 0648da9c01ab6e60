import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import { plantedEffects } from './planted-effects.js';
import { generated, one, rows } from './test-helpers.js';

let connection: DuckDBConnection;
const seed = Number(process.env.SYNTH_SEED ?? 2024);
beforeAll(async () => {
  connection = await generated('banten', seed);
});

describe('planted effects are in the raw data (metrics.md definitions, written out in SQL)', () => {
  test('women are under-reached: female representation about 0.8 every year', async () => {
    const years = await rows(
      connection,
      `WITH years AS (SELECT y::INTEGER AS y FROM range(2021, 2026) r(y)),
       eligible AS (SELECT y, a.artisan_id, a.gender = 'F' AS female FROM artisans a JOIN years ON a.registered_on <= make_date(y, 12, 31)),
       reached AS (SELECT DISTINCT e.y, e.artisan_id, e.female FROM eligible e JOIN participations p
                   ON p.artisan_id = e.artisan_id AND p.enrolled_on BETWEEN make_date(e.y, 1, 1) AND make_date(e.y, 12, 31))
       SELECT y, (SELECT avg(female::INTEGER) FROM reached r WHERE r.y = years.y)
                 / (SELECT avg(female::INTEGER) FROM eligible e WHERE e.y = years.y) AS representation
       FROM years ORDER BY y`,
    );
    expect(years).toHaveLength(5);
    for (const { representation } of years) {
      expect(representation).toBeGreaterThan(0.7);
      expect(representation).toBeLessThan(0.9);
    }
  });

  test('coaching raises revenue 12% the year after: difference in differences recovers ln(1.12)', async () => {
    const cohorts = await rows(
      connection,
      `WITH first AS (SELECT a.enterprise_id, min(p.year) AS first_year FROM participations p JOIN artisans a USING (artisan_id) GROUP BY a.enterprise_id),
       cohorts AS (SELECT t::INTEGER AS t FROM range(2022, 2025) r(t)),
       d AS (SELECT c.t, f.first_year, ln(o1.revenue_idr) - ln(o0.revenue_idr) AS d
             FROM enterprises e CROSS JOIN cohorts c LEFT JOIN first f USING (enterprise_id)
             JOIN outcomes o0 ON o0.enterprise_id = e.enterprise_id AND o0.year = c.t - 1 AND o0.revenue_idr > 0
             JOIN outcomes o1 ON o1.enterprise_id = e.enterprise_id AND o1.year = c.t + 1 AND o1.revenue_idr > 0)
       SELECT t, count(*) FILTER (WHERE first_year = t)::INTEGER AS treated_n,
              count(*) FILTER (WHERE first_year IS NULL OR first_year > t + 1)::INTEGER AS comparison_n,
              avg(d) FILTER (WHERE first_year = t) - avg(d) FILTER (WHERE first_year IS NULL OR first_year > t + 1) AS did
       FROM d GROUP BY t ORDER BY t`,
    );
    expect(cohorts).toHaveLength(3);
    let weighted = 0;
    let treated = 0;
    for (const cohort of cohorts) {
      const did = Number(cohort.did);
      const n = Number(cohort.treated_n);
      expect(n).toBeGreaterThan(100);
      expect(Number(cohort.comparison_n)).toBeGreaterThan(300);
      expect(Math.abs(did - plantedEffects.coachingRevenue.did)).toBeLessThan(0.07);
      weighted += did * n;
      treated += n;
    }
    expect(Math.abs(weighted / treated - Math.log(1.12))).toBeLessThan(0.035);
    const { non_positive } = await one(
      connection,
      'SELECT count(*) FILTER (WHERE revenue_idr <= 0)::INTEGER AS non_positive FROM outcomes',
    );
    expect(non_positive).toBe(0);
  });

  test('Kabupaten Tangerang has the strongest products (highest mean and median PCI)', async () => {
    const regencies = await rows(
      connection,
      `WITH latest AS (
         SELECT * FROM assessments WHERE assessed_on <= DATE '2025-12-31'
         QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY assessed_on DESC) = 1),
       scored AS (
         SELECT substr(e.region_code, 1, 5) AS regency,
           100 * (0.25 * ((l.design - 1) / 4 + (l.craftsmanship - 1) / 4 + (l.packaging - 1) / 4) / 3
                + 0.25 * ((l.material - 1) / 4 + p.local_material_share) / 2
                + 0.25 * ((l.market_readiness - 1) / 4 + len(list_distinct(p.channels)) / 5) / 2
                + 0.25 * least(len(list_distinct(p.certifications)), 3) / 3) AS pci
         FROM latest l JOIN products p USING (product_id) JOIN enterprises e USING (enterprise_id))
       SELECT regency, avg(pci) AS mean, median(pci) AS median FROM scored GROUP BY regency ORDER BY mean DESC`,
    );
    expect(regencies).toHaveLength(8);
    expect(regencies[0]?.regency).toBe(plantedEffects.strongestRegion.regionCode);
    const medians = [...regencies].sort((a, b) => Number(b.median) - Number(a.median));
    expect(medians[0]?.regency).toBe('36.03');
  });

  test('Kabupaten Tangerang hosts the most study visits', async () => {
    const hosts = await rows(
      connection,
      'SELECT host_council_id, count(*)::INTEGER AS n FROM study_visits GROUP BY host_council_id ORDER BY n DESC, host_council_id',
    );
    expect(hosts[0]?.host_council_id).toBe('DKR-36.03');
    expect(Number(hosts[0]?.n)).toBeGreaterThan(2 * Number(hosts[1]?.n));
  });

  test('about 40% of the practices shown are adopted, 2–8 months after the earliest visit', async () => {
    const diffusion = await one(
      connection,
      `WITH shown AS (SELECT visiting_council_id AS council_id, unnest(practice_ids) AS practice_id, visit_date FROM study_visits),
       pairs AS (SELECT council_id, practice_id, min(visit_date) AS visit_date FROM shown GROUP BY ALL),
       adopted AS (
         SELECT p.*, (SELECT min(a.adopted_on) FROM adoptions a WHERE a.council_id = p.council_id AND a.practice_id = p.practice_id
                        AND a.stage IN ('adopted', 'institutionalized') AND a.adopted_on >= p.visit_date) AS adopted_on
         FROM pairs p)
       -- Visits of the last eight months may not have reached adoption by the end of the data.
       SELECT count(*)::INTEGER AS exposed, avg((adopted_on IS NOT NULL)::INTEGER) AS rate,
              min(adopted_on - visit_date)::INTEGER AS min_lag, max(adopted_on - visit_date)::INTEGER AS max_lag
       FROM adopted WHERE visit_date < DATE '2025-05-01'`,
    );
    expect(diffusion.exposed).toBeGreaterThan(80);
    expect(diffusion.rate).toBeGreaterThan(0.3);
    expect(diffusion.rate).toBeLessThan(0.5);
    expect(diffusion.min_lag).toBeGreaterThanOrEqual(plantedEffects.practiceAdoption.minLagDays);
    expect(diffusion.max_lag).toBeLessThanOrEqual(plantedEffects.practiceAdoption.maxLagDays);
  });
});
