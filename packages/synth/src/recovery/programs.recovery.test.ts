// Recovery: on the Banten demo dataset, programs shows what `generate` planted: targets of 15–40
// that some programs miss, budgets of the target times a cost per head by program type
// (catalog.ts, programCosts), 86% completion; and its two engines agree. Money is read as
// DOUBLE, as in TypeScript (BIGINT would come back as text).
import { programsMetric, type MetricOptions, type ProgramType } from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { programCosts } from '../catalog.js';
import { expectAgree, useBanten } from './banten.testkit.js';

const banten = useBanten(async (rows) => ({
  councils: await rows('SELECT * FROM councils'),
  programs: await rows('SELECT * REPLACE (CAST(budget_idr AS DOUBLE) AS budget_idr) FROM programs'),
  participations: await rows('SELECT * EXCLUDE (year) FROM participations'),
  regions: await rows('SELECT * FROM regions'),
}));

const year2024: MetricOptions = { region: '36', from: '2024-01-01', to: '2024-12-31' };

describe('programs recovers the planted targets and costs', () => {
  it('has programs that miss their target and programs that reach it, in both engines', async () => {
    const ts = programsMetric.compute(banten().input, year2024);
    expectAgree(ts, await banten().sqlRows(programsMetric, year2024), { relative: true });
    const row = ts[0] as (typeof ts)[number];
    expect(row.programs as number).toBeGreaterThan(100);
    // Targets 15–40 against about 27 participants each: many miss, many reach.
    expect(row.on_target_share as number).toBeGreaterThan(0.1);
    expect(row.on_target_share as number).toBeLessThan(0.9);
    expect(row.target_attainment as number).toBeGreaterThan(0.7);
    expect(row.target_attainment as number).toBeLessThan(1.3);
    expect(Math.abs((row.completion_rate as number) - 0.86)).toBeLessThan(0.03);
  });

  it('costs each program type its planted Rp per planned participant', async () => {
    const options = { ...year2024, by: 'program_type' as const };
    const ts = programsMetric.compute(banten().input, options);
    expectAgree(ts, await banten().sqlRows(programsMetric, options), { relative: true });
    for (const row of ts) {
      const type = row.program_type as ProgramType;
      if ((row.programs as number) === 0) continue;
      const [low, high] = programCosts[type].perHead;
      // Budgets are rounded to Rp100,000 per program: at most 50,000 / 15 per planned head.
      const perPlanned = (row.budget_idr as number) / (row.target_participants as number);
      expect(perPlanned).toBeGreaterThanOrEqual(low - 3400);
      expect(perPlanned).toBeLessThanOrEqual(high + 3400);
    }
    const cost = (type: string) =>
      ts.find((row) => row.program_type === type)?.cost_per_participant as number;
    expect(cost('exhibition')).toBeGreaterThan(cost('training'));
    expect(cost('training')).toBeGreaterThan(cost('design_clinic'));
  });

  it('gives every council of Banten a row, each with programs', async () => {
    const options = { ...year2024, by: 'council' as const };
    const ts = programsMetric.compute(banten().input, options);
    expectAgree(ts, await banten().sqlRows(programsMetric, options), { relative: true });
    expect(ts.map((row) => row.council_id)).toEqual([
      'DKR-36',
      'DKR-36.01',
      'DKR-36.02',
      'DKR-36.03',
      'DKR-36.04',
      'DKR-36.71',
      'DKR-36.72',
      'DKR-36.73',
      'DKR-36.74',
    ]);
    expect(ts.every((row) => (row.programs as number) > 0)).toBe(true);
    expect(ts.some((row) => (row.on_target_share as number) < 1)).toBe(true);
  });
});
