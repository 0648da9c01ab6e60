import { reach, reachMetric, type MetricOptions, type MetricRow } from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { rowDifferences, useParityHarness } from './engines.testkit.js';
import { workedExample } from './worked-example.js';

const harness = useParityHarness();
// The same SQL told of derived tables: a whole year without filters sums reach_region_years.
const derivedHarness = useParityHarness('queryable', { derived: true });

const year2024 = { region: '36', from: '2024-01-01', to: '2024-12-31' } as const;

/** Checks the hand-computed rows against both engines. */
async function expectBoth(options: MetricOptions, expected: MetricRow[]) {
  expect(
    rowDifferences(reach(workedExample, options), expected, reachMetric.suppression.counts),
  ).toEqual([]);
  for (const sql of [harness(), derivedHarness()]) {
    expect(
      rowDifferences(
        await sql.sqlRows(reachMetric, workedExample, options),
        expected,
        reachMetric.suppression.counts,
      ),
    ).toEqual([]);
  }
}

const empty = {
  eligible_artisans: 0,
  reached_artisans: 0,
  reach_rate: null,
  eligible_enterprises: 0,
  reached_enterprises: 0,
  enterprise_reach_rate: null,
  female_share_reached: null,
  female_share_eligible: null,
  female_representation: null,
  micro_share_reached: null,
  micro_share_eligible: null,
  micro_representation: null,
  youth_share_reached: null,
  youth_share_eligible: null,
  youth_representation: null,
  completion_rate: null,
};

describe('reach on the worked example (2024, Banten)', () => {
  it('gives the province row by hand', async () => {
    await expectBoth(year2024, [
      {
        region_code: '36',
        // A1, A2, A3, A5, A6 (A4 registered in 2025, A7 is in 32.01)
        eligible_artisans: 5,
        // A1 (twice, two councils), A3, A5 (on 2024-12-31); A6 enrolled 2023, A2 2025
        reached_artisans: 3,
        reach_rate: 3 / 5,
        // E1, E2, E4 (E3 registered 2025-02-01)
        eligible_enterprises: 3,
        // E1 (A1), E2 (A3); E3 has A5 but is not eligible
        reached_enterprises: 2,
        enterprise_reach_rate: 2 / 3,
        // reached F: A1, A3 of 3; eligible F: A1, A3, A6 of 5
        female_share_reached: 2 / 3,
        female_share_eligible: 3 / 5,
        female_representation: 2 / 3 / (3 / 5),
        // micro: A1, A2 (E1), A5 (E3); reached micro: A1, A5
        micro_share_reached: 2 / 3,
        micro_share_eligible: 3 / 5,
        micro_representation: 2 / 3 / (3 / 5),
        // youth (born 1995+): A2, A3; reached: A3
        youth_share_reached: 1 / 3,
        youth_share_eligible: 2 / 5,
        youth_representation: 1 / 3 / (2 / 5),
        // rows P1-A1 ✓, P2-A1 ✗, P1-A3 ✓, P3-A5 ✓
        completion_rate: 3 / 4,
      },
    ]);
  });

  it('gives one row per regency, the exact-36 row first and empty 36.03 included', async () => {
    await expectBoth({ ...year2024, by: 'region' }, [
      {
        // E4 and A6, nobody reached in 2024
        region_code: '36',
        ...empty,
        eligible_artisans: 1,
        reach_rate: 0,
        eligible_enterprises: 1,
        reached_enterprises: 0,
        enterprise_reach_rate: 0,
        female_share_eligible: 1,
        micro_share_eligible: 0,
        youth_share_eligible: 0,
      },
      {
        // E1 (A1, A2) and E2 in district 36.01.01 (A3); reached A1, A3
        region_code: '36.01',
        eligible_artisans: 3,
        reached_artisans: 2,
        reach_rate: 2 / 3,
        eligible_enterprises: 2,
        reached_enterprises: 2,
        enterprise_reach_rate: 1,
        female_share_reached: 1,
        female_share_eligible: 2 / 3,
        female_representation: 1 / (2 / 3),
        micro_share_reached: 1 / 2,
        micro_share_eligible: 2 / 3,
        micro_representation: 1 / 2 / (2 / 3),
        youth_share_reached: 1 / 2,
        youth_share_eligible: 2 / 3,
        youth_representation: 1 / 2 / (2 / 3),
        completion_rate: 2 / 3,
      },
      {
        // A5 of E3 (not an eligible enterprise): representation of women is null (no eligible woman)
        region_code: '36.02',
        eligible_artisans: 1,
        reached_artisans: 1,
        reach_rate: 1,
        eligible_enterprises: 0,
        reached_enterprises: 0,
        enterprise_reach_rate: null,
        female_share_reached: 0,
        female_share_eligible: 0,
        female_representation: null,
        micro_share_reached: 1,
        micro_share_eligible: 1,
        micro_representation: 1,
        youth_share_reached: 0,
        youth_share_eligible: 0,
        youth_representation: null,
        completion_rate: 1,
      },
      { region_code: '36.03', ...empty },
    ]);
  });

  it('keeps the region eligible counts in each program type row', async () => {
    const rows = reach(workedExample, { ...year2024, by: 'program_type' });
    expect(rows.map((row) => row.program_type)).toEqual([
      'training',
      'mentoring',
      'product_development',
      'design_clinic',
      'marketing',
      'certification',
      'capital_access',
      'digital_onboarding',
      'exhibition',
    ]);
    const expected: MetricRow[] = rows.map((row) => ({
      program_type: row.program_type as string,
      ...empty,
      eligible_artisans: 5,
      reach_rate: 0,
      eligible_enterprises: 3,
      enterprise_reach_rate: 0,
      female_share_eligible: 3 / 5,
      micro_share_eligible: 3 / 5,
      youth_share_eligible: 2 / 5,
    }));
    // training: P1 (A1, A3) and P3 (A5), all three rows completed
    expected[0] = {
      ...expected[0],
      reached_artisans: 3,
      reach_rate: 3 / 5,
      reached_enterprises: 2,
      enterprise_reach_rate: 2 / 3,
      female_share_reached: 2 / 3,
      female_representation: 2 / 3 / (3 / 5),
      micro_share_reached: 2 / 3,
      micro_representation: 2 / 3 / (3 / 5),
      youth_share_reached: 1 / 3,
      youth_representation: 1 / 3 / (2 / 5),
      completion_rate: 1,
    };
    // mentoring: P2 (A1), not completed
    expected[1] = {
      ...expected[1],
      reached_artisans: 1,
      reach_rate: 1 / 5,
      reached_enterprises: 1,
      enterprise_reach_rate: 1 / 3,
      female_share_reached: 1,
      female_representation: 1 / (3 / 5),
      micro_share_reached: 1,
      micro_representation: 1 / (3 / 5),
      youth_share_reached: 0,
      youth_representation: 0,
      completion_rate: 0,
    };
    await expectBoth({ ...year2024, by: 'program_type' }, expected);
  });

  it('applies the council, type and category filters', async () => {
    // C2 runs P2 (A1) and P3 (A5)
    const council = reach(workedExample, { ...year2024, council: 'C2' })[0];
    expect([
      council?.eligible_artisans,
      council?.reached_artisans,
      council?.completion_rate,
    ]).toEqual([5, 2, 1 / 2]);
    // training: P1 (A1, A3), P3 (A5)
    const type = reach(workedExample, { ...year2024, type: 'training' })[0];
    expect([type?.reached_artisans, type?.completion_rate]).toEqual([3, 1]);
    // batik: eligible A1, A2 (E1) and A5 (E3); enterprises E1 only (E3 not yet registered)
    const batik = reach(workedExample, { ...year2024, category: 'batik' })[0];
    expect([
      batik?.eligible_artisans,
      batik?.reached_artisans,
      batik?.eligible_enterprises,
      batik?.reached_enterprises,
    ]).toEqual([3, 2, 1, 1]);
    for (const options of [
      { ...year2024, council: 'C2' },
      { ...year2024, type: 'training' },
      { ...year2024, category: 'batik' },
      { ...year2024, category: 'batik', by: 'craft_category' as const },
    ]) {
      expect(
        rowDifferences(
          await harness().sqlRows(reachMetric, workedExample, options),
          reach(workedExample, options),
          reachMetric.suppression.counts,
        ),
      ).toEqual([]);
    }
  });

  it('counts an artisan reached by two councils once in the region, twice in completion', async () => {
    const only = {
      ...workedExample,
      participations: workedExample.participations.filter((p) => p.artisan_id === 'A1'),
    };
    const options = { ...year2024, region: '36.01' };
    const expected = [
      {
        ...reach(only, options)[0],
        region_code: '36.01',
        eligible_artisans: 3,
        reached_artisans: 1,
        reach_rate: 1 / 3,
        completion_rate: 1 / 2,
      },
    ];
    expect(rowDifferences(reach(only, options), expected, reachMetric.suppression.counts)).toEqual(
      [],
    );
    expect(
      rowDifferences(
        await harness().sqlRows(reachMetric, only, options),
        expected,
        reachMetric.suppression.counts,
      ),
    ).toEqual([]);
    // Each council alone reaches that same artisan: the region's total is not their sum.
    expect(reach(only, { ...options, council: 'C1' })[0]?.reached_artisans).toBe(1);
    expect(reach(only, { ...options, council: 'C2' })[0]?.reached_artisans).toBe(1);
  });

  it('leaves an artisan who enrolled before registering out of the earlier period', async () => {
    // A4 enrolled on 2024-11-01 and registered on 2025-01-05: not eligible in 2024
    const rows = await harness().sqlRows(reachMetric, workedExample, {
      ...year2024,
      region: '36.01.01',
    });
    expect([rows[0]?.eligible_artisans, rows[0]?.reached_artisans]).toEqual([1, 1]);
  });
});
