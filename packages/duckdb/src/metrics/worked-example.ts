/**
 * The hand-made dataset of the reach and retention worked examples (`reach.example.test.ts`,
 * `retention.example.test.ts`). Every expected value in those tests is computed by hand from
 * the comments here. Period: 2024 (`to` = 2024-12-31, youth = born 1995 or later).
 */
import type { MetricInput } from '@anyam/core';

const enterprise = (
  enterprise_id: string,
  region_code: string,
  craft_category: string,
  size_class: string,
  registered_on: string,
) =>
  ({
    enterprise_id,
    region_code,
    name: enterprise_id,
    craft_category,
    size_class,
    owner_gender: 'F',
    founded_year: 2010,
    registered_on,
  }) as MetricInput['enterprises'][number];
const artisan = (
  artisan_id: string,
  enterprise_id: string,
  gender: 'F' | 'M',
  birth_year: number,
  registered_on: string,
) => ({
  artisan_id,
  enterprise_id,
  gender,
  birth_year,
  registered_on,
});
const program = (program_id: string, council_id: string, program_type: string) =>
  ({
    program_id,
    council_id,
    name: program_id,
    program_type,
    craft_category: null,
    start_date: '2023-01-01',
    end_date: '2025-12-31',
    target_region_code: '36',
    target_participants: 10,
    budget_idr: 1_000_000,
  }) as MetricInput['programs'][number];
const part = (program_id: string, artisan_id: string, enrolled_on: string, completed: boolean) => ({
  program_id,
  artisan_id,
  enrolled_on,
  completed,
});

export const workedExample: MetricInput = {
  regions: [
    { code: '36', name: 'Banten', level: 'province', parent_code: null },
    { code: '36.01', name: 'Kabupaten Pandeglang', level: 'regency', parent_code: '36' },
    { code: '36.01.01', name: 'Sumur', level: 'district', parent_code: '36.01' },
    { code: '36.02', name: 'Kabupaten Lebak', level: 'regency', parent_code: '36' },
    { code: '36.03', name: 'Kabupaten Tangerang', level: 'regency', parent_code: '36' }, // no records
    { code: '32', name: 'Jawa Barat', level: 'province', parent_code: null },
    { code: '32.01', name: 'Kabupaten Bogor', level: 'regency', parent_code: '32' },
  ],
  councils: [
    { council_id: 'C1', region_code: '36', name: 'Dekranasda Provinsi Banten' },
    { council_id: 'C2', region_code: '36.01', name: 'Dekranasda Pandeglang' },
  ],
  enterprises: [
    enterprise('E1', '36.01', 'batik', 'micro', '2023-05-01'), // eligible
    enterprise('E2', '36.01.01', 'woven_textile', 'small', '2024-03-01'), // eligible, in 36.01 through its district
    enterprise('E3', '36.02', 'batik', 'micro', '2025-02-01'), // registered after `to`: not eligible
    enterprise('E4', '36', 'plaited', 'medium', '2020-01-01'), // coded exactly 36: its own `by region` row
    enterprise('E5', '32.01', 'batik', 'micro', '2020-01-01'), // outside 36
  ],
  artisans: [
    artisan('A1', 'E1', 'F', 1990, '2023-01-10'), // eligible, 34
    artisan('A2', 'E1', 'M', 2000, '2024-06-01'), // eligible, youth (24)
    artisan('A3', 'E2', 'F', 1995, '2024-04-01'), // eligible, youth (29)
    artisan('A4', 'E2', 'F', 1994, '2025-01-05'), // registered after `to`: not eligible
    artisan('A5', 'E3', 'M', 1980, '2024-02-01'), // eligible (its enterprise is not), micro
    artisan('A6', 'E4', 'F', 1985, '2022-01-01'), // eligible, medium
    artisan('A7', 'E5', 'F', 2001, '2020-01-01'), // outside 36
  ],
  programs: [
    program('P1', 'C1', 'training'),
    program('P2', 'C2', 'mentoring'),
    program('P3', 'C2', 'training'),
  ],
  participations: [
    part('P1', 'A1', '2024-02-01', true), // A1 reached by C1 ...
    part('P2', 'A1', '2024-03-01', false), // ... and by C2: one reached artisan, two counted rows
    part('P1', 'A3', '2024-05-01', true),
    part('P2', 'A4', '2024-11-01', false), // enrolled before registering: not eligible, not reached
    part('P3', 'A5', '2024-12-31', true), // last day of the period: counted
    part('P1', 'A6', '2023-12-31', true), // before the period
    part('P3', 'A7', '2024-05-05', true), // outside 36
    part('P1', 'A2', '2025-01-01', false), // after the period (A2 was not reached in 2024)
    part('P3', 'A1', '2025-06-01', true), // A1 comes back in 2025: retained
  ],
  products: [],
  assessments: [],
  practices: [],
  study_visits: [],
  adoptions: [],
  exhibitions: [],
  exhibitors: [],
  outcomes: [],
};
