import { impactMetric, type Enterprise, type Outcome } from '@anyam/core';
import { describe, it } from 'vitest';
import { emptyInput, useWorkedExample } from './engines.testkit.js';

const enterprise = (enterprise_id: string): Enterprise => ({
  enterprise_id,
  region_code: '36.01',
  name: enterprise_id,
  craft_category: 'batik',
  size_class: 'micro',
  owner_gender: 'F',
  founded_year: 2010,
  registered_on: '2020-01-01',
});
const outcome = (
  enterprise_id: string,
  year: number,
  revenue_idr: number,
  employees: number,
  units_sold: number,
): Outcome => ({ enterprise_id, year, revenue_idr, employees, units_sold });

// Cohort 2023: T1, T2 (first participation 2023). Comparison (none by 2024): K1, K2, K3.
// Revenue is the same in 2022 and 2024 for everyone, so the revenue did is 0: a test that
// reads revenue where it should read the outcome fails.
// K3 has 0 employees and 0 units in 2022, so it has no d for either outcome (but one for revenue).
const input = emptyInput({
  enterprises: ['T1', 'T2', 'K1', 'K2', 'K3'].map(enterprise),
  artisans: ['T1', 'T2'].map((id) => ({
    artisan_id: `a${id}`,
    enterprise_id: id,
    gender: 'F' as const,
    birth_year: 1990,
    registered_on: '2020-01-01',
  })),
  participations: ['T1', 'T2'].map((id) => ({
    program_id: 'P1',
    artisan_id: `a${id}`,
    enrolled_on: '2023-03-01',
    completed: true,
  })),
  outcomes: [
    outcome('T1', 2022, 100, 2, 10),
    outcome('T1', 2024, 100, 4, 30),
    outcome('T2', 2022, 100, 4, 10),
    outcome('T2', 2024, 100, 6, 10),
    outcome('K1', 2022, 100, 2, 10),
    outcome('K1', 2024, 100, 2, 5),
    outcome('K2', 2022, 100, 1, 10),
    outcome('K2', 2024, 100, 2, 10),
    outcome('K3', 2022, 100, 0, 0),
    outcome('K3', 2024, 100, 3, 7),
  ],
});

const expectBoth = useWorkedExample(impactMetric, input);
const period = { region: '36', from: '2023-01-01', to: '2023-12-31' };
const twice = (row: Record<string, unknown>) => [
  { cohort: '2023', ...row },
  { cohort: 'all', ...row },
];

describe('impact with outcome', () => {
  it('compares employees when asked', async () => {
    // Treated d = ln(4/2) = 0.693147, ln(6/4) = 0.405465: mean ln(3)/2 = 0.549306, sample
    //   variance (ln(4/3))^2 / 2 = 0.041380487.
    // Comparison d = ln(2/2) = 0, ln(2/1) = 0.693147 (K3 left out: 0 employees in 2022): mean
    //   0.346574, variance (ln 2)^2 / 2 = 0.240226507.
    // did = ln(1.5)/2 = 0.202732554; se = sqrt(0.041380487/2 + 0.240226507/2) = 0.375237921;
    // effect 100(sqrt(1.5) - 1) = 22.474487; interval 100(exp(did ± 1.96 se) - 1) = -41.300194, 155.537473.
    await expectBoth(
      { ...period, outcome: 'employees' },
      twice({
        treated_n: 2,
        comparison_n: 2,
        did: 0.20273255405408214,
        se: 0.37523792076772877,
        effect_pct: 22.474487139158896,
        ci_low_pct: -41.30019438453007,
        ci_high_pct: 155.53747312660354,
      }),
    );
  });

  it('compares units sold when asked', async () => {
    // Treated d = ln 3, 0: mean ln(3)/2, variance (ln 3)^2 / 2 = 0.603474480.
    // Comparison d = ln(1/2), 0: mean -ln(2)/2, variance 0.240226507.
    // did = (ln 3 + ln 2)/2 = ln(6)/2 = 0.895879735; se = sqrt(0.603474480/2 + 0.240226507/2)
    //   = 0.649500188; effect 100(sqrt 6 - 1) = 144.948974; interval -31.418038, 774.865612.
    await expectBoth(
      { ...period, outcome: 'units_sold' },
      twice({
        treated_n: 2,
        comparison_n: 2,
        did: 0.8958797346140275,
        se: 0.6495001875925025,
        effect_pct: 144.9489742783178,
        ci_low_pct: -31.41803818027573,
        ci_high_pct: 774.8656120062157,
      }),
    );
  });

  it('compares revenue by default, with K3 now in the comparison', async () => {
    // Every d is ln(100/100) = 0: did 0, both variances 0, se 0, effect and interval 0.
    const zero = { did: 0, se: 0, effect_pct: 0, ci_low_pct: 0, ci_high_pct: 0 };
    await expectBoth(period, twice({ treated_n: 2, comparison_n: 3, ...zero }));
    await expectBoth(
      { ...period, outcome: 'revenue_idr' },
      twice({ treated_n: 2, comparison_n: 3, ...zero }),
    );
  });
});
