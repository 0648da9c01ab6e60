import { impactMetric, type Enterprise, type Outcome } from '@anyam/core';
import { describe, it } from 'vitest';
import { emptyInput, useWorkedExample } from './engines.testkit.js';

const enterprise = (enterprise_id: string, region_code: string): Enterprise => ({
  enterprise_id,
  region_code,
  name: enterprise_id,
  craft_category: 'woven_textile',
  size_class: 'micro',
  owner_gender: 'F',
  founded_year: 2010,
  registered_on: '2026-01-01', // registered after everything: impact ignores registered_on
});
const artisan = (artisan_id: string, enterprise_id: string) => ({
  artisan_id,
  enterprise_id,
  gender: 'F' as const,
  birth_year: 1990,
  registered_on: '2026-01-01',
});
const enrol = (artisan_id: string, enrolled_on: string) => ({
  program_id: 'P1',
  artisan_id,
  enrolled_on,
  completed: false,
});
const revenues = (enterprise_id: string, byYear: Record<number, number>): Outcome[] =>
  Object.entries(byYear).map(([year, revenue_idr]) => ({
    enterprise_id,
    year: Number(year),
    revenue_idr,
    employees: 2,
    units_sold: 10,
  }));

// Cohort 2023: T1, T2 (T2's second artisan first came in 2024; the first in 2023 counts).
// Cohort 2024: M1, M2, M3 (M3 had zero revenue in 2023, so no d). Cohort 2022: E22.
// Never participated: K1, K2. First participation 2025: L1. Outside Banten: O1 (cohort 2023).
const input = emptyInput({
  enterprises: ['T1', 'T2', 'M1', 'M2', 'M3', 'E22', 'K1', 'K2', 'L1']
    .map((id) => enterprise(id, '36.01'))
    .concat(enterprise('O1', '32.01')),
  artisans: [
    artisan('t1', 'T1'),
    artisan('t2a', 'T2'),
    artisan('t2b', 'T2'),
    artisan('m1', 'M1'),
    artisan('m2', 'M2'),
    artisan('m3', 'M3'),
    artisan('e22', 'E22'),
    artisan('l1', 'L1'),
    artisan('o1', 'O1'),
  ],
  participations: [
    enrol('t1', '2023-12-31'),
    enrol('t2b', '2024-01-01'),
    enrol('t2a', '2023-05-01'),
    enrol('m1', '2024-01-01'),
    enrol('m2', '2024-06-01'),
    enrol('m3', '2024-12-31'),
    enrol('e22', '2022-03-01'),
    enrol('l1', '2025-01-01'),
    enrol('o1', '2023-01-01'),
  ],
  outcomes: [
    ...revenues('T1', { 2022: 100, 2024: 150 }),
    ...revenues('T2', { 2022: 200, 2024: 240 }),
    ...revenues('M1', { 2023: 100, 2025: 130 }),
    ...revenues('M2', { 2023: 100, 2025: 110 }),
    ...revenues('M3', { 2023: 0, 2025: 500 }),
    ...revenues('E22', { 2022: 100, 2024: 1000, 2023: 100, 2025: 1000 }),
    ...revenues('K1', { 2022: 100, 2023: 100, 2024: 110, 2025: 121 }),
    ...revenues('K2', { 2022: 100, 2024: 100, 2023: 200, 2025: 200 }),
    ...revenues('L1', { 2022: 100, 2024: 105, 2023: 100, 2025: 9000 }),
    ...revenues('O1', { 2022: 1, 2024: 1000 }),
  ],
});

const expectBoth = useWorkedExample(impactMetric, input);

describe('impact worked example', () => {
  it('estimates two cohorts and pools them weighted by treated_n', async () => {
    // t = 2023: treated d = ln 1.5, ln 1.2 (T1, T2); comparison (no participation by 2024:
    //   K1, K2, L1) d = ln 1.1, 0, ln 1.05. E22 (2022) and M* (2024) are in neither group.
    //   means 0.293893332451 and 0.048033447991; did = 0.245859884460;
    //   sample variances 0.024896522247 and 0.002271437058; se = sqrt(v/2 + v/3) = 0.114914780639;
    //   effect 100(e^did - 1) = 27.872039239; interval 100(e^(did ± 1.96 se) - 1) = 2.084111947, 60.174370990.
    // t = 2024: treated d = ln 1.3, ln 1.1 (M1, M2; M3 has revenue 0 in 2023); comparison (none
    //   by 2025: K1, K2; L1 starts 2025) d = ln(121/100), 0. means 0.178837222136, 0.095310179804;
    //   did = 0.083527042332; variances 0.013953533601, 0.018168060749; se = 0.126731200480;
    //   effect 8.711461301, interval -15.199276434, 39.364162488.
    // Pooled: did = (2 * 0.245859884460 + 2 * 0.083527042332) / 4 = 0.164693463396;
    //   se = sqrt(0.5^2 * 0.114914780639^2 + 0.5^2 * 0.126731200480^2) = 0.085536839994;
    //   effect 17.903164695, interval -0.295437023, 39.423471003; counts 2 + 2 and 3 + 2.
    await expectBoth({ region: '36', from: '2023-01-01', to: '2024-12-31' }, [
      {
        cohort: '2023',
        treated_n: 2,
        comparison_n: 3,
        did: 0.24585988445980714,
        se: 0.11491478063903407,
        effect_pct: 27.872039239046398,
        ci_low_pct: 2.0841119467686298,
        ci_high_pct: 60.17437099005696,
      },
      {
        cohort: '2024',
        treated_n: 2,
        comparison_n: 2,
        did: 0.08352704233158315,
        se: 0.12673120047957726,
        effect_pct: 8.711461300921798,
        ci_low_pct: -15.199276433972543,
        ci_high_pct: 39.36416248830659,
      },
      {
        cohort: 'all',
        treated_n: 4,
        comparison_n: 5,
        did: 0.16469346339569513,
        se: 0.08553683999352578,
        effect_pct: 17.903164695463314,
        ci_low_pct: -0.29543702252639026,
        ci_high_pct: 39.42347100349113,
      },
    ]);
  });

  it('keeps a cohort with fewer than two d as a row of nulls and leaves it out of the pool', async () => {
    // t = 2022: d needs revenue in 2021 and 2023; nobody has 2021, so cohort E22 gives
    //   treated_n = 0 and the comparison (none by 2023: K1, K2, L1) comparison_n = 0.
    // t = 2025: cohort L1 (revenue 2026 missing: no d); comparison: K1, K2 lack 2026: 0.
    // t = 2026 has no cohort, so no row.
    // t = 2023 as above; pooled = the 2023 cohort alone.
    const nulls = { did: null, se: null, effect_pct: null, ci_low_pct: null, ci_high_pct: null };
    await expectBoth({ region: '36', from: '2022-01-01', to: '2023-12-31' }, [
      { cohort: '2022', treated_n: 0, comparison_n: 0, ...nulls },
      {
        cohort: '2023',
        treated_n: 2,
        comparison_n: 3,
        did: 0.24585988445980714,
        se: 0.11491478063903407,
        effect_pct: 27.872039239046398,
        ci_low_pct: 2.0841119467686298,
        ci_high_pct: 60.17437099005696,
      },
      {
        cohort: 'all',
        treated_n: 2,
        comparison_n: 3,
        did: 0.24585988445980714,
        se: 0.11491478063903407,
        effect_pct: 27.872039239046398,
        ci_low_pct: 2.0841119467686298,
        ci_high_pct: 60.17437099005696,
      },
    ]);
    await expectBoth({ region: '36', from: '2025-01-01', to: '2026-12-31' }, [
      { cohort: '2025', treated_n: 0, comparison_n: 0, ...nulls },
      { cohort: 'all', treated_n: 0, comparison_n: 0, ...nulls },
    ]);
  });

  it('returns only the pooled row, empty, for a region without enterprises', async () => {
    await expectBoth({ region: '36.02', from: '2023-01-01', to: '2024-12-31' }, [
      {
        cohort: 'all',
        treated_n: 0,
        comparison_n: 0,
        did: null,
        se: null,
        effect_pct: null,
        ci_low_pct: null,
        ci_high_pct: null,
      },
    ]);
  });
});
