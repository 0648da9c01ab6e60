import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceSuppression } from '../metrics/advice/advice-suppression.js';
import { diffusionMetric } from '../metrics/diffusion/diffusion-metric.js';
import { eventStudySuppression } from '../metrics/event-study/event-study-suppression.js';
import { exhibitionsMetric } from '../metrics/exhibitions/exhibitions-metric.js';
import { impactMetric } from '../metrics/impact/impact-metric.js';
import { networkMetric } from '../metrics/network/network-metric.js';
import { programsSuppression } from '../metrics/programs/programs-suppression.js';
import { rcaMetric } from '../metrics/rca/rca-metric.js';
import { reachSuppression } from '../metrics/reach/reach-suppression.js';
import { metricDefinitions } from '../metrics/registry.js';
import { retentionSuppression } from '../metrics/retention/retention-suppression.js';
import type { MetricRow } from '../metrics/types.js';
import { suppress } from './suppress.js';

/** A reach row of scope 36 with every share given, overridden where a test needs it. */
function reachRow(overrides: Partial<MetricRow> = {}): MetricRow {
  return {
    region_code: '36',
    eligible_artisans: 200,
    reached_artisans: 40,
    reach_rate: 0.2,
    eligible_enterprises: 80,
    reached_enterprises: 20,
    enterprise_reach_rate: 0.25,
    female_share_reached: 0.5,
    female_share_eligible: 0.5,
    female_representation: 1,
    micro_share_reached: 0.5,
    micro_share_eligible: 0.5,
    micro_representation: 1,
    youth_share_reached: 0.5,
    youth_share_eligible: 0.5,
    youth_representation: 1,
    completion_rate: 0.5,
    ...overrides,
  };
}

const suppressedOf = (row: MetricRow, spec = reachSuppression, k = 5): string[] =>
  (suppress([row], spec, k)[0] as { suppressed: string[] }).suppressed;

describe('suppress', () => {
  it('publishes a count of protected units from 1 to k-1 as null; 0 and k or more as they are', () => {
    expect(
      suppress(
        [{ region_code: '36', reached: 4, retained: 0, retention_rate: 0 }],
        retentionSuppression,
      ),
    ).toEqual([
      // 0 retained is no small cell, but a rate over 4 artisans is hidden with them.
      {
        region_code: '36',
        reached: null,
        retained: 0,
        retention_rate: null,
        suppressed: ['reached', 'retention_rate'],
      },
    ]);
    expect(
      suppress(
        [{ region_code: '36', reached: 5, retained: 0, retention_rate: 0 }],
        retentionSuppression,
      ),
    ).toEqual([{ region_code: '36', reached: 5, retained: 0, retention_rate: 0, suppressed: [] }]);
    // Another k: 7 of 7 is a small cell under k = 10.
    expect(
      suppress(
        [{ region_code: '36', reached: 7, retained: 7, retention_rate: 1 }],
        retentionSuppression,
        10,
      ),
    ).toEqual([
      {
        region_code: '36',
        reached: null,
        retained: null,
        retention_rate: null,
        suppressed: ['reached', 'retained', 'retention_rate'],
      },
    ]);
  });

  it('hides a mean, median or sum of money over fewer than k protected units', () => {
    // Sales over 4 exhibitors would tell what one enterprise sold; the 2 exhibitions held are public.
    const local = {
      scale: 'local',
      exhibitions: 2,
      exhibitors: 4,
      sales_idr: 12_000_000,
      sales_per_exhibitor: 3_000_000,
      buyer_leads: 9,
    };
    const national = {
      scale: 'national',
      exhibitions: 1,
      exhibitors: 5,
      sales_idr: 50_000_000,
      sales_per_exhibitor: 10_000_000,
      buyer_leads: 3,
    };
    expect(suppress([local, national], exhibitionsMetric.suppression)).toEqual([
      {
        scale: 'local',
        exhibitions: 2,
        exhibitors: null,
        sales_idr: null,
        sales_per_exhibitor: null,
        buyer_leads: null,
        suppressed: ['exhibitors', 'sales_idr', 'sales_per_exhibitor', 'buyer_leads'],
      },
      { ...national, suppressed: [] },
    ]);
    // RCA: a cell's revenue (and the index computed from it) over 3 enterprises is hidden.
    const [cell, wide] = suppress(
      [
        {
          region_code: '36.01',
          craft_category: 'batik',
          enterprises: 3,
          revenue_idr: 900_000_000,
          rca: 1.4,
        },
        {
          region_code: '36.01',
          craft_category: 'plaited',
          enterprises: 12,
          revenue_idr: 300_000_000,
          rca: 0.6,
        },
      ],
      rcaMetric.suppression,
    );
    expect(cell).toEqual({
      region_code: '36.01',
      craft_category: 'batik',
      enterprises: null,
      revenue_idr: null,
      rca: null,
      suppressed: ['enterprises', 'revenue_idr', 'rca'],
    });
    expect(wide?.suppressed).toEqual([]);
    // Impact: the estimate is a difference of two means; 3 comparison enterprises are too few.
    const [estimate] = suppress(
      [
        {
          cohort: '2023',
          treated_n: 40,
          comparison_n: 3,
          did: 0.1,
          se: 0.04,
          effect_pct: 10.5,
          ci_low_pct: 2,
          ci_high_pct: 19,
        },
      ],
      impactMetric.suppression,
    );
    expect(estimate).toEqual({
      cohort: '2023',
      treated_n: 40,
      comparison_n: null,
      did: null,
      se: null,
      effect_pct: null,
      ci_low_pct: null,
      ci_high_pct: null,
      suppressed: ['comparison_n', 'did', 'se', 'effect_pct', 'ci_low_pct', 'ci_high_pct'],
    });
  });

  it('hides a rate whose numerator is a protected count from 1 to k-1, published or not', () => {
    // "10% of 20 reached" is 2 artisans; "12,5% of 8 enterprises" is 1 enterprise.
    const [small] = suppress(
      [
        reachRow({
          eligible_artisans: 20,
          reached_artisans: 2,
          reach_rate: 0.1,
          eligible_enterprises: 8,
          reached_enterprises: 1,
          enterprise_reach_rate: 0.125,
        }),
      ],
      reachSuppression,
    );
    expect(small).toMatchObject({
      eligible_artisans: 20,
      reached_artisans: null,
      reach_rate: null,
      eligible_enterprises: 8,
      reached_enterprises: null,
      enterprise_reach_rate: null,
    });
    // Shares of the 2 reached are over fewer than 5 artisans, and so is completion.
    expect(small?.suppressed).toEqual([
      'reached_artisans',
      'reach_rate',
      'reached_enterprises',
      'enterprise_reach_rate',
      'female_share_reached',
      'female_representation',
      'micro_share_reached',
      'micro_representation',
      'youth_share_reached',
      'youth_representation',
      'completion_rate',
    ]);
    // The numerator of a share is read off it: 10% of 40 reached is 4 women (hidden, with the
    // representation computed from it); 12,5% of 40 is 5 (published); 0% is no small cell.
    // 1% of 200 eligible is 2 young artisans, hidden with the youth representation.
    expect(
      suppressedOf(
        reachRow({
          female_share_reached: 0.1,
          female_representation: 0.2,
          micro_share_reached: 0.125,
          micro_representation: 0.25,
          youth_share_reached: 0,
          youth_share_eligible: 0.01,
          youth_representation: 0,
        }),
      ),
    ).toEqual([
      'female_share_reached',
      'female_representation',
      'youth_share_eligible',
      'youth_representation',
    ]);
    // Completion is over the participation rows, at least the 40 reached: 10% of them may be 4
    // completions (hidden), 12,5% is at least 5 (published).
    expect(suppressedOf(reachRow({ completion_rate: 0.1 }))).toEqual(['completion_rate']);
    expect(suppressedOf(reachRow({ completion_rate: 0.125 }))).toEqual([]);
    // The same rate over a published numerator of 5 or more stays: 5 of 20.
    const [five] = suppress(
      [reachRow({ eligible_artisans: 20, reached_artisans: 5, reach_rate: 0.25 })],
      reachSuppression,
    );
    expect(five).toMatchObject({ eligible_artisans: 20, reached_artisans: 5, reach_rate: 0.25 });
  });

  it('hides, in one breakdown, the smallest other published count when exactly one row hides it', () => {
    // Retention by region: 36.01's 3 reached are hidden, so the smallest other non-zero count
    // (7, 36.03 being first of the two) goes too, with the rate over it. Otherwise the region's
    // 29 reached minus the published 12 + 0 + 7 would give 36.01's 3. No row hides `retained`.
    const rows = [
      { region_code: '36.01', reached: 3, retained: 0, retention_rate: 0 },
      { region_code: '36.02', reached: 12, retained: 6, retention_rate: 0.5 },
      { region_code: '36.03', reached: 7, retained: 7, retention_rate: 1 },
      { region_code: '36.04', reached: 0, retained: 0, retention_rate: null },
      { region_code: '36.05', reached: 7, retained: 5, retention_rate: 5 / 7 },
    ];
    const out = suppress(rows, retentionSuppression);
    expect(out.map((row) => row.suppressed)).toEqual([
      ['reached', 'retention_rate'],
      [],
      ['reached', 'retention_rate'],
      [],
      [],
    ]);
    expect(out[2]).toEqual({
      region_code: '36.03',
      reached: null,
      retained: 7,
      retention_rate: null,
      suppressed: ['reached', 'retention_rate'],
    });
    // What subtraction leaves is the sum of two hidden cells: 10, which 3 + 7, 4 + 6 ... all fit.
    const published = out.reduce(
      (sum, row) => sum + (typeof row.reached === 'number' ? row.reached : 0),
      0,
    );
    expect(29 - published).toBe(10);

    // Two rows hiding a count already protect each other: nothing more is hidden.
    const two = suppress(
      [...rows, { region_code: '36.06', reached: 2, retained: 0, retention_rate: 0 }],
      retentionSuppression,
    );
    expect(two.map((row) => row.reached)).toEqual([null, 12, 7, 0, 7, null]);
    // Nothing to hide beside a lone hidden cell when every other row is 0.
    const zeros = suppress(
      [
        { region_code: '36.01', reached: 3, retained: 0, retention_rate: 0 },
        { region_code: '36.02', reached: 0, retained: 0, retention_rate: null },
      ],
      retentionSuppression,
    );
    expect(zeros.map((row) => row.reached)).toEqual([null, 0]);
  });

  it('hides with a secondarily hidden count every share and representation computed from it', () => {
    const rows = [
      reachRow({ region_code: '36.01', reached_artisans: 4, reach_rate: 0.02 }),
      reachRow({ region_code: '36.02', reached_artisans: 40 }),
      reachRow({ region_code: '36.03', reached_artisans: 30, reach_rate: 0.15 }),
    ];
    const out = suppress(rows, reachSuppression);
    expect(out[2]?.suppressed).toEqual([
      'reached_artisans',
      'reach_rate',
      'female_share_reached',
      'female_representation',
      'micro_share_reached',
      'micro_representation',
      'youth_share_reached',
      'youth_representation',
      'completion_rate',
    ]);
    expect(out[1]?.suppressed).toEqual([]);
  });

  it('never hides what councils did: network, diffusion, advice visits', () => {
    const network: MetricRow[] = [
      {
        council_id: 'C1',
        visits_made: 2,
        visits_hosted: 1,
        joint_exhibitions: 3,
        partners: 1,
        betweenness: 0.5,
      },
      {
        council_id: 'C2',
        visits_made: 1,
        visits_hosted: 2,
        joint_exhibitions: 0,
        partners: 2,
        betweenness: 0,
      },
      { council_id: 'all', nodes: 3, edges: 2, density: 2 / 3 },
    ];
    expect(suppress(network, networkMetric.suppression)).toEqual(
      network.map((row) => ({ ...row, suppressed: [] })),
    );
    const diffusion = [
      { council_id: 'all', exposed: 3, adopted: 1, adoption_rate: 1 / 3, median_lag_days: 40 },
      { council_id: 'C1', exposed: 2, adopted: 1, adoption_rate: 0.5, median_lag_days: 40 },
    ];
    expect(suppress(diffusion, diffusionMetric.suppression)).toEqual(
      diffusion.map((row) => ({ ...row, suppressed: [] })),
    );
    const [advice] = suppress(
      [
        {
          council_id: 'C3',
          rank: 1,
          dimension_score: 70,
          gap: 12,
          products_assessed: 25,
          visits_hosted: 2,
          practices_shown: 1,
          adoption_rate: 1,
          reasons: [],
        },
      ],
      adviceSuppression,
    );
    expect(advice?.suppressed).toEqual([]);
    expect(advice?.visits_hosted).toBe(2);
  });

  it('publishes programs, targets and budgets, and hides what gives small participant counts back', () => {
    // A council's 2 programs with a target of 20 and Rp 30 juta: public. 3 participants (2 of them
    // completing) are hidden, and so are attainment (3 of 20), completion and the costs per head,
    // which the public target and budget would turn back into the counts.
    const row = {
      council_id: 'DKR-36.01',
      programs: 2,
      target_participants: 20,
      participants: 3,
      artisans: 3,
      completed: 2,
      target_attainment: 0.15,
      on_target_share: 0,
      completion_rate: 2 / 3,
      budget_idr: 30_000_000,
      cost_per_participant: 10_000_000,
      cost_per_completion: 15_000_000,
    };
    expect(suppress([row], programsSuppression)[0]).toEqual({
      ...row,
      participants: null,
      artisans: null,
      completed: null,
      target_attainment: null,
      completion_rate: null,
      cost_per_participant: null,
      cost_per_completion: null,
      suppressed: [
        'participants',
        'artisans',
        'completed',
        'target_attainment',
        'completion_rate',
        'cost_per_participant',
        'cost_per_completion',
      ],
    });
    // 40 participants of whom 3 completed: the completion rate (3 of 40) and cost per completion go.
    const wide = {
      ...row,
      participants: 40,
      artisans: 38,
      completed: 3,
      target_attainment: 2,
      completion_rate: 3 / 40,
      cost_per_participant: 750_000,
      cost_per_completion: 10_000_000,
    };
    expect(suppress([wide], programsSuppression)[0]?.suppressed).toEqual([
      'completed',
      'completion_rate',
      'cost_per_completion',
    ]);
  });

  it('hides an event-study estimate over fewer than k enterprises in either group', () => {
    const rows = [
      {
        event_time: '0',
        cohorts: 2,
        treated_n: 30,
        comparison_n: 4,
        att: 0.05,
        se: 0.02,
        effect_pct: 5.1,
        ci_low_pct: 1,
        ci_high_pct: 9,
      },
      {
        event_time: '1',
        cohorts: 2,
        treated_n: 30,
        comparison_n: 60,
        att: 0.12,
        se: 0.03,
        effect_pct: 12.7,
        ci_low_pct: 6,
        ci_high_pct: 19,
      },
    ];
    expect(suppress(rows, eventStudySuppression).map((row) => row.suppressed)).toEqual([
      ['comparison_n', 'att', 'se', 'effect_pct', 'ci_low_pct', 'ci_high_pct'],
      [],
    ]);
  });

  it('never hides a public field of any metric, whatever the numbers', () => {
    const specs = Object.values(metricDefinitions).map((definition) => definition.suppression);
    const value = fc.oneof(
      fc.constant(null),
      fc.nat(12),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...specs),
        fc.array(fc.dictionary(fc.constantFrom('a'), value), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 11 }),
        (spec, seeds, k) => {
          const fields = Object.keys(spec.fields);
          const rows = seeds.map((seed, i) =>
            Object.fromEntries(
              fields.map((field, j) => [
                field,
                spec.fields[field]?.kind === 'public' && spec.breakdown.includes(field)
                  ? `key${i}`
                  : (j + i) % 3 === 0
                    ? (seed.a ?? null)
                    : (i * 7 + j) % 13,
              ]),
            ),
          );
          for (const row of suppress(rows, spec, k))
            for (const field of row.suppressed) expect(spec.fields[field]?.kind).not.toBe('public');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never changes its input, and keeps every field and value it does not hide', () => {
    const counts = fc.oneof(fc.constant(null), fc.nat(20));
    const share = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true }));
    const rows = fc.array(
      fc.record({
        region_code: fc.constantFrom('36', '36.01', '36.02'),
        eligible_artisans: counts,
        reached_artisans: counts,
        reach_rate: share,
        female_share_reached: share,
        completion_rate: share,
      }),
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 11 }), (input: MetricRow[], k) => {
        const before = JSON.stringify(input);
        const out = suppress(input, reachSuppression, k);
        expect(JSON.stringify(input)).toBe(before);
        expect(out).toHaveLength(input.length);
        out.forEach((row, i) => {
          const source = input[i] as MetricRow;
          expect(Object.keys(row)).toEqual([...Object.keys(source), 'suppressed']);
          for (const [field, value] of Object.entries(source)) {
            if (row.suppressed.includes(field)) {
              expect(row[field]).toBeNull();
              expect(value).not.toBeNull();
            } else expect(row[field]).toEqual(value);
          }
          const eligible = source.eligible_artisans;
          if (typeof eligible === 'number' && eligible >= 1 && eligible < k)
            expect(row.eligible_artisans).toBeNull();
          const reached = source.reached_artisans;
          if (
            source.reach_rate !== null &&
            typeof reached === 'number' &&
            reached >= 1 &&
            reached < k
          )
            expect(row.reach_rate).toBeNull();
          if (source.reach_rate !== null && (typeof eligible !== 'number' || eligible < k))
            expect(row.reach_rate).toBeNull();
        });
      }),
      { numRuns: 150 },
    );
  });

  it('hides a rate whose units are missing from the row: it cannot be shown to be safe', () => {
    expect(suppress([{ retention_rate: 0.5 }], retentionSuppression)).toEqual([
      { retention_rate: null, suppressed: ['retention_rate'] },
    ]);
  });

  it('refuses a k that is not a whole number of at least 1', () => {
    expect(() => suppress([], retentionSuppression, 0)).toThrow(
      'The suppression k must be a whole number of at least 1, not 0.',
    );
    expect(() => suppress([], retentionSuppression, 2.5)).toThrow(RangeError);
  });
});
