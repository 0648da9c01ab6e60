import { programTypes, programsMetric, type Program } from '@anyam/core';
import { describe, it } from 'vitest';
import { emptyInput, useWorkedExample } from './engines.testkit.js';

const program = (
  program_id: string,
  council_id: string,
  program_type: Program['program_type'],
  start_date: string,
  target_participants: number,
  budget_idr: number,
): Program => ({
  program_id,
  council_id,
  name: program_id,
  program_type,
  craft_category: null,
  start_date,
  end_date: '2025-06-30',
  target_region_code: '36',
  target_participants,
  budget_idr,
});
const row = (program_id: string, artisan_id: string, completed: boolean) => ({
  program_id,
  artisan_id,
  enrolled_on: '2024-06-01',
  completed,
});

// C1 (province 36) and C2 (36.01) run programs; C3 (36.02) runs none; C4 is outside Banten.
// P4 starts before 2024; P5's council is outside; P6's council C99 is not in the dataset.
// P3 has target 0 (and budget 0) and one row of an artisan unknown to `artisans` (A999): rows
// count whatever the artisan's registration. P7 has nobody.
const input = emptyInput({
  councils: [
    { council_id: 'C1', region_code: '36', name: 'Dekranasda Provinsi Banten' },
    { council_id: 'C2', region_code: '36.01', name: 'Dekranasda Pandeglang' },
    { council_id: 'C3', region_code: '36.02', name: 'Dekranasda Lebak' },
    { council_id: 'C4', region_code: '32.01', name: 'Dekranasda Bogor' },
  ],
  programs: [
    program('P1', 'C1', 'training', '2024-02-01', 3, 3_000_000),
    program('P2', 'C2', 'mentoring', '2024-06-01', 4, 8_000_000),
    program('P3', 'C2', 'training', '2024-12-31', 0, 0),
    program('P4', 'C1', 'training', '2023-12-31', 2, 1_000_000),
    program('P5', 'C4', 'training', '2024-05-01', 2, 1_000_000),
    program('P6', 'C99', 'training', '2024-05-01', 2, 1_000_000),
    program('P7', 'C2', 'marketing', '2024-03-01', 5, 5_000_000),
  ],
  participations: [
    row('P1', 'a1', true),
    row('P1', 'a2', true),
    row('P1', 'a3', false),
    row('P2', 'a1', true),
    row('P2', 'a4', true),
    row('P3', 'A999', false),
    row('P4', 'a1', true),
    row('P5', 'a6', true),
    row('P6', 'a7', true),
  ],
});

const expectBoth = useWorkedExample(programsMetric, input);
const year2024 = { region: '36', from: '2024-01-01', to: '2024-12-31' };
const nothing = {
  programs: 0,
  target_participants: 0,
  participants: 0,
  artisans: 0,
  completed: 0,
  target_attainment: null,
  on_target_share: null,
  completion_rate: null,
  budget_idr: 0,
  cost_per_participant: null,
  cost_per_completion: null,
};

describe('programs worked example', () => {
  it('sums the programs of the region and divides what it can', async () => {
    // Counted: P1, P2, P3, P7 (4). Targets 3 + 4 + 0 + 5 = 12. Rows 3 + 2 + 1 + 0 = 6, of
    // artisans a1, a2, a3, a4, A999 (5; a1 twice); completed 2 + 2 = 4. Attainment 6/12 = 0.5.
    // Programs with a target above 0: P1, P2, P7; P1 reached its 3: on target 1/3.
    // Completion 4/6. Budget 16,000,000: per participant 16e6/6, per completion 16e6/4 = 4e6.
    await expectBoth(year2024, [
      {
        region_code: '36',
        programs: 4,
        target_participants: 12,
        participants: 6,
        artisans: 5,
        completed: 4,
        target_attainment: 0.5,
        on_target_share: 1 / 3,
        completion_rate: 4 / 6,
        budget_idr: 16_000_000,
        cost_per_participant: 16_000_000 / 6,
        cost_per_completion: 4_000_000,
      },
    ]);
  });

  it('gives every council of the region a row, in council_id order', async () => {
    // C1: P1 alone: 3 of a target of 3 (on target), 2 completed, Rp3,000,000.
    // C2: P2, P3, P7: target 9, rows 3 (a1, a4, A999), completed 2, on target 0 of 2 (P3 has
    //   no target), Rp13,000,000: 13e6/3 per participant, 6.5e6 per completion.
    // C3: no program: zeros and nulls. C4 is outside 36.
    await expectBoth({ ...year2024, by: 'council' }, [
      {
        council_id: 'C1',
        programs: 1,
        target_participants: 3,
        participants: 3,
        artisans: 3,
        completed: 2,
        target_attainment: 1,
        on_target_share: 1,
        completion_rate: 2 / 3,
        budget_idr: 3_000_000,
        cost_per_participant: 1_000_000,
        cost_per_completion: 1_500_000,
      },
      {
        council_id: 'C2',
        programs: 3,
        target_participants: 9,
        participants: 3,
        artisans: 3,
        completed: 2,
        target_attainment: 3 / 9,
        on_target_share: 0,
        completion_rate: 2 / 3,
        budget_idr: 13_000_000,
        cost_per_participant: 13_000_000 / 3,
        cost_per_completion: 6_500_000,
      },
      { council_id: 'C3', ...nothing },
    ]);
  });

  it('gives every program type a row', async () => {
    // training: P1, P3: target 3, rows 4 (a1, a2, a3, A999), completed 2, attainment 4/3,
    //   on target 1 of 1 (P3 has no target), Rp3,000,000: 750,000 per row, 1,500,000 per completion.
    // mentoring: P2: 2 of 4, both completed, Rp8,000,000: 4,000,000 each way.
    // marketing: P7: nobody: attainment 0 of 5, on target 0 of 1, completion and costs null.
    const rows = programTypes.map((program_type) => ({ program_type, ...nothing }));
    rows[programTypes.indexOf('training')] = {
      program_type: 'training',
      programs: 2,
      target_participants: 3,
      participants: 4,
      artisans: 4,
      completed: 2,
      target_attainment: 4 / 3,
      on_target_share: 1,
      completion_rate: 0.5,
      budget_idr: 3_000_000,
      cost_per_participant: 750_000,
      cost_per_completion: 1_500_000,
    } as never;
    rows[programTypes.indexOf('mentoring')] = {
      program_type: 'mentoring',
      programs: 1,
      target_participants: 4,
      participants: 2,
      artisans: 2,
      completed: 2,
      target_attainment: 0.5,
      on_target_share: 0,
      completion_rate: 1,
      budget_idr: 8_000_000,
      cost_per_participant: 4_000_000,
      cost_per_completion: 4_000_000,
    } as never;
    rows[programTypes.indexOf('marketing')] = {
      program_type: 'marketing',
      programs: 1,
      target_participants: 5,
      participants: 0,
      artisans: 0,
      completed: 0,
      target_attainment: 0,
      on_target_share: 0,
      completion_rate: null,
      budget_idr: 5_000_000,
      cost_per_participant: null,
      cost_per_completion: null,
    } as never;
    await expectBoth({ ...year2024, by: 'program_type' }, rows);
  });

  it('keeps a program with target 0 out of the attainment ratios (type filter, regency scope)', async () => {
    // 36.01, training: P3 alone (C1 is coded 36, not in 36.01): target 0 so attainment and
    // on-target share are null; one row, not completed: completion 0, cost 0 per participant,
    // no completion to divide by.
    await expectBoth({ ...year2024, region: '36.01', type: 'training' }, [
      {
        region_code: '36.01',
        programs: 1,
        target_participants: 0,
        participants: 1,
        artisans: 1,
        completed: 0,
        target_attainment: null,
        on_target_share: null,
        completion_rate: 0,
        budget_idr: 0,
        cost_per_participant: 0,
        cost_per_completion: null,
      },
    ]);
  });
});
