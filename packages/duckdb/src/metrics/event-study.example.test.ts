import { eventStudyMetric, type Enterprise, type Outcome } from '@anyam/core';
import { describe, it } from 'vitest';
import { emptyInput, useWorkedExample } from './engines.testkit.js';

const enterprise = (enterprise_id: string, region_code = '36.01'): Enterprise => ({
  enterprise_id,
  region_code,
  name: enterprise_id,
  craft_category: 'batik',
  size_class: 'micro',
  owner_gender: 'F',
  founded_year: 2010,
  registered_on: '2026-01-01', // the event study ignores registered_on
});
const revenues = (enterprise_id: string, byYear: Record<number, number>): Outcome[] =>
  Object.entries(byYear).map(([year, revenue_idr]) => ({
    enterprise_id,
    year: Number(year),
    revenue_idr,
    employees: 3,
    units_sold: 10,
  }));
const firsts: Record<string, string> = {
  A1: '2022-03-01',
  A2: '2022-12-31',
  B1: '2023-01-01',
  B2: '2023-07-01',
  L1: '2024-02-01',
  O1: '2022-05-01',
};

// Cohort 2022: A1, A2. Cohort 2023: B1, B2 (B2 has revenue 0 in 2025). L1 first participates in
// 2024, after the period: not a cohort, but a comparison while not yet treated. N1, N2, N3 never
// participate (N3 has revenue in 2021 and 2022 only). O1 (cohort 2022) is outside 36.
const input = emptyInput({
  enterprises: ['A1', 'A2', 'B1', 'B2', 'L1', 'N1', 'N2', 'N3']
    .map((id) => enterprise(id))
    .concat(enterprise('O1', '32.01')),
  artisans: Object.keys(firsts).map((id) => ({
    artisan_id: `a${id}`,
    enterprise_id: id,
    gender: 'F' as const,
    birth_year: 1990,
    registered_on: '2026-01-01',
  })),
  participations: Object.entries(firsts).map(([id, enrolled_on]) => ({
    program_id: 'P1',
    artisan_id: `a${id}`,
    enrolled_on,
    completed: true,
  })),
  outcomes: [
    ...revenues('A1', { 2019: 100, 2020: 100, 2021: 100, 2022: 110, 2023: 120, 2024: 130 }),
    ...revenues('A2', { 2019: 200, 2020: 210, 2021: 200, 2022: 200, 2023: 260, 2024: 300 }),
    ...revenues('B1', { 2020: 100, 2021: 100, 2022: 100, 2023: 150, 2024: 150, 2025: 200 }),
    ...revenues('B2', { 2020: 50, 2021: 60, 2022: 50, 2023: 50, 2024: 75, 2025: 0 }),
    ...revenues('L1', {
      2019: 100,
      2020: 100,
      2021: 100,
      2022: 100,
      2023: 100,
      2024: 300,
      2025: 300,
    }),
    ...revenues('N1', {
      2019: 100,
      2020: 90,
      2021: 100,
      2022: 100,
      2023: 110,
      2024: 120,
      2025: 130,
    }),
    ...revenues('N2', {
      2019: 100,
      2020: 100,
      2021: 100,
      2022: 105,
      2023: 100,
      2024: 100,
      2025: 100,
    }),
    ...revenues('N3', { 2021: 100, 2022: 100 }),
    ...revenues('O1', { 2019: 1, 2020: 1, 2021: 1, 2022: 1e6, 2023: 1e6, 2024: 1e6 }),
  ],
});

const expectBoth = useWorkedExample(eventStudyMetric, input);
const options = { region: '36', from: '2022-01-01', to: '2023-12-31', horizon: 2 };

describe('event_study worked example', () => {
  it('computes every group-time effect against the not-yet-treated (by cohort)', async () => {
    // Base year g - 1; d = ln y[g+e] - ln y[g-1]; comparison: first participation after
    // max(g, g+e), or never (B1, B2 compare for cohort 2022 only up to t = 2022; L1 up to 2023).
    // g=2022 e=-2: treated ['A1', 'A2'] d=[0.0, 0.04879]; comparison ['B1', 'B2', 'L1', 'N1', 'N2'] d=[0.0, -0.182322, 0.0, -0.105361, 0.0]
    // g=2022 e=0: treated ['A1', 'A2'] d=[0.09531, 0.0]; comparison ['B1', 'B2', 'L1', 'N1', 'N2', 'N3'] d=[0.0, -0.182322, 0.0, 0.0, 0.04879, 0.0]
    // g=2022 e=1: treated ['A1', 'A2'] d=[0.182322, 0.262364]; comparison ['L1', 'N1', 'N2'] d=[0.0, 0.09531, 0.0]
    // g=2022 e=2: treated ['A1', 'A2'] d=[0.262364, 0.405465]; comparison ['N1', 'N2'] d=[0.182322, 0.0]
    // g=2023 e=-2: treated ['B1', 'B2'] d=[0.0, 0.182322]; comparison ['L1', 'N1', 'N2', 'N3'] d=[0.0, 0.0, -0.04879, 0.0]
    // g=2023 e=0: treated ['B1', 'B2'] d=[0.405465, 0.0]; comparison ['L1', 'N1', 'N2'] d=[0.0, 0.09531, -0.04879]
    // g=2023 e=1: treated ['B1', 'B2'] d=[0.405465, 0.405465]; comparison ['N1', 'N2'] d=[0.182322, -0.04879]
    // g=2023 e=2: treated ['B1'] d=[0.693147]; comparison ['N1', 'N2'] d=[0.262364, -0.04879]
    // e.g. g=2022 e=1: treated mean (ln 1.2 + ln 1.3)/2 = 0.222343, comparison mean ln(1.1)/3
    //   = 0.031770: att = 0.190573; var_T = (ln 1.3 - ln 1.2)^2 / 2 = 0.003203, var_C = 0.003028:
    //   se = sqrt(var_T/2 + var_C/3) = 0.051098; effect 100(e^att - 1) = 20.994252.
    // g=2023 e=2 has one treated enterprise with a d (B2 had revenue 0 in 2025): nulls.
    await expectBoth({ ...options, by: 'cohort' }, [
      {
        cohort: '2022',
        event_time: '-2',
        treated_n: 2,
        comparison_n: 5,
        att: 0.08193149657507233,
        se: 0.044548958443393856,
        effect_pct: 8.538145493577964,
        ci_low_pct: -0.5369991741726143,
        ci_high_pct: 18.441319177714455,
      },
      {
        cohort: '2022',
        event_time: '0',
        treated_n: 2,
        comparison_n: 6,
        att: 0.06991032200624958,
        se: 0.05795978084353145,
        effect_pct: 7.241200518474367,
        ci_low_pct: -4.275015298992169,
        ci_high_pct: 20.142877270395033,
      },
      {
        cohort: '2022',
        event_time: '1',
        treated_n: 2,
        comparison_n: 3,
        att: 0.19057285069594773,
        se: 0.05109839010367182,
        effect_pct: 20.994251558115252,
        ci_low_pct: 9.463394009338266,
        ci_high_pct: 33.73976791601745,
      },
      {
        cohort: '2022',
        event_time: '2',
        treated_n: 2,
        comparison_n: 2,
        att: 0.2427539078908505,
        se: 0.11588679985490548,
        effect_pct: 27.475487839819635,
        ci_low_pct: 1.5738343613979744,
        ci_high_pct: 59.9821460139309,
      },
      {
        cohort: '2023',
        event_time: '-2',
        treated_n: 2,
        comparison_n: 4,
        att: 0.10335831943933504,
        se: 0.09197318916631517,
        effect_pct: 10.888867426588455,
        ci_low_pct: -7.402600818812677,
        ci_high_pct: 32.793588458040766,
      },
      {
        cohort: '2023',
        event_time: '0',
        treated_n: 2,
        comparison_n: 3,
        att: 0.18722588217578404,
        se: 0.20710145288221124,
        effect_pct: 20.589964552378646,
        ci_low_pct: -19.643159647436715,
        ci_high_pct: 80.9670401043845,
      },
      {
        cohort: '2023',
        event_time: '1',
        treated_n: 2,
        comparison_n: 2,
        att: 0.33869941179590257,
        se: 0.11555586048169264,
        effect_pct: 40.312152004022735,
        ci_low_pct: 11.874768938631973,
        ci_high_pct: 75.97801708801208,
      },
      {
        cohort: '2023',
        event_time: '2',
        treated_n: 1,
        comparison_n: 2,
        att: null,
        se: null,
        effect_pct: null,
        ci_low_pct: null,
        ci_high_pct: null,
      },
    ]);
  });

  it('combines cohorts per event time, then tests the pre-trend and averages the post effects', async () => {
    // e=-2: weights 2/4 and 2/4: att = (0.081931 + 0.103358)/2 = 0.092645,
    //   se = sqrt(0.25 * 0.044549^2 + 0.25 * 0.091973^2) = 0.051097; counts 2+2, 5+4.
    // e=2: only cohort 2022 has an estimate: cohorts 1, its counts and estimate.
    // pre: one event time (e=-2): wald = (0.092645 / 0.051097)^2 = 3.287378, df 1,
    //   p = P(chi2_1 >= 3.287378) = 0.069814 (SciPy chi2.sf).
    // post: e = 0, 1, 2: att = (0.128568 + 0.264636 + 0.242754)/3 = 0.211986,
    //   se = sqrt(0.107529^2 + 0.063175^2 + 0.115887^2)/3 = 0.056748; counts 4+4+2, 9+5+2.
    await expectBoth(options, [
      {
        event_time: '-2',
        cohorts: 2,
        treated_n: 4,
        comparison_n: 9,
        att: 0.09264490800720368,
        se: 0.05109715555638598,
        effect_pct: 9.707210457495163,
        ci_low_pct: -0.7477420827220471,
        ci_high_pct: 21.263458171362682,
      },
      {
        event_time: '0',
        cohorts: 2,
        treated_n: 4,
        comparison_n: 9,
        att: 0.12856810209101682,
        se: 0.10752947035737803,
        effect_pct: 13.719886427472993,
        ci_low_pct: -7.890275299936677,
        ci_high_pct: 40.400078397677206,
      },
      {
        event_time: '1',
        cohorts: 2,
        treated_n: 4,
        comparison_n: 5,
        att: 0.26463613124592517,
        se: 0.06317476229249193,
        effect_pct: 30.29567842501619,
        ci_low_pct: 15.12100391543103,
        ci_high_pct: 47.470602573155695,
      },
      {
        event_time: '2',
        cohorts: 1,
        treated_n: 2,
        comparison_n: 2,
        att: 0.2427539078908505,
        se: 0.11588679985490548,
        effect_pct: 27.475487839819635,
        ci_low_pct: 1.5738343613979744,
        ci_high_pct: 59.9821460139309,
      },
      {
        event_time: 'pre',
        df: 1,
        wald: 3.2873781124111363,
        p_value: 0.06981442166132662,
        treated_n: 4,
        comparison_n: 9,
      },
      {
        event_time: 'post',
        event_times: 3,
        treated_n: 10,
        comparison_n: 16,
        att: 0.21198604707593083,
        se: 0.05674836068769057,
        effect_pct: 23.613063732125326,
        ci_low_pct: 10.601034892129068,
        ci_high_pct: 38.15593624549254,
      },
    ]);
  });

  it('gives rows of zeros and nulls, and no test, where there is no cohort', async () => {
    const nulls = { att: null, se: null, effect_pct: null, ci_low_pct: null, ci_high_pct: null };
    const empty = (event_time: string) => ({
      event_time,
      cohorts: 0,
      treated_n: 0,
      comparison_n: 0,
      ...nulls,
    });
    await expectBoth({ region: '36.02', from: '2022-01-01', to: '2023-12-31', horizon: 1 }, [
      empty('0'),
      empty('1'),
      { event_time: 'pre', df: 0, wald: null, p_value: null, treated_n: 0, comparison_n: 0 },
      { event_time: 'post', event_times: 0, treated_n: 0, comparison_n: 0, ...nulls },
    ]);
    await expectBoth({ region: '36.02', from: '2022-01-01', to: '2023-12-31', by: 'cohort' }, []);
  });
});
