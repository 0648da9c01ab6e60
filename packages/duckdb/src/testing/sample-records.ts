import type { MetricInput } from '@anyam/core';

/**
 * A small dataset that touches every table (three years, two regencies, study visits with
 * adoptions, exhibitions of two scales): enough for every example query to return rows.
 * Used by the tests only.
 */
export function sampleRecords(): MetricInput {
  const enterprises = [
    ['E1', '36.01', 'Anyaman Pandan Sari', 'plaited', 'micro', 'F'],
    ['E2', '36.01.05', 'Golok Ciomas', 'metalcraft', 'small', 'M'],
    ['E3', '36.03', 'Batik Tangerang', 'batik', 'micro', 'F'],
    ['E4', '36.03', 'Gerabah Sepatan', 'pottery', 'medium', 'M'],
  ] as const;
  return {
    regions: [
      { code: '36', name: 'Banten', level: 'province', parent_code: null },
      { code: '36.01', name: 'Kabupaten Pandeglang', level: 'regency', parent_code: '36' },
      { code: '36.01.05', name: 'Ciomas', level: 'district', parent_code: '36.01' },
      { code: '36.03', name: 'Kabupaten Tangerang', level: 'regency', parent_code: '36' },
    ],
    councils: [
      { council_id: 'C36', region_code: '36', name: 'Dekranasda Provinsi Banten' },
      { council_id: 'C3601', region_code: '36.01', name: 'Dekranasda Kabupaten Pandeglang' },
      { council_id: 'C3603', region_code: '36.03', name: 'Dekranasda Kabupaten Tangerang' },
    ],
    enterprises: enterprises.map(([enterprise_id, region_code, name, craft_category, size_class, owner_gender], i) => ({
      enterprise_id,
      region_code,
      name,
      craft_category,
      size_class,
      owner_gender,
      founded_year: 2010 + i,
      registered_on: `202${i % 2}-02-01`,
    })),
    artisans: [
      { artisan_id: 'A1', enterprise_id: 'E1', gender: 'F', birth_year: 1998, registered_on: '2021-01-10' },
      { artisan_id: 'A2', enterprise_id: 'E1', gender: 'F', birth_year: 1980, registered_on: '2021-01-10' },
      { artisan_id: 'A3', enterprise_id: 'E2', gender: 'M', birth_year: 1975, registered_on: '2021-05-01' },
      { artisan_id: 'A4', enterprise_id: 'E3', gender: 'F', birth_year: 2001, registered_on: '2022-03-03' },
      { artisan_id: 'A5', enterprise_id: 'E4', gender: 'M', birth_year: 1990, registered_on: '2022-03-03' },
    ],
    programs: [
      {
        program_id: 'P1', council_id: 'C3601', name: 'Pelatihan Anyaman', program_type: 'training',
        craft_category: 'plaited', start_date: '2022-03-01', end_date: '2022-05-30',
        target_region_code: '36.01', target_participants: 20, budget_idr: 45_000_000,
      },
      {
        program_id: 'P2', council_id: 'C36', name: 'Klinik Desain Banten', program_type: 'design_clinic',
        craft_category: null, start_date: '2023-02-01', end_date: '2024-11-30',
        target_region_code: '36', target_participants: 40, budget_idr: 120_000_000,
      },
      {
        program_id: 'P3', council_id: 'C3603', name: 'Pemasaran Digital', program_type: 'digital_onboarding',
        craft_category: null, start_date: '2024-04-01', end_date: '2024-09-30',
        target_region_code: '36.03', target_participants: 15, budget_idr: 30_000_000,
      },
    ],
    participations: [
      { program_id: 'P1', artisan_id: 'A1', enrolled_on: '2022-03-05', completed: true },
      { program_id: 'P1', artisan_id: 'A2', enrolled_on: '2022-03-05', completed: false },
      { program_id: 'P2', artisan_id: 'A1', enrolled_on: '2023-02-10', completed: true },
      { program_id: 'P2', artisan_id: 'A3', enrolled_on: '2024-01-15', completed: true },
      { program_id: 'P2', artisan_id: 'A4', enrolled_on: '2024-02-01', completed: false },
      { program_id: 'P3', artisan_id: 'A4', enrolled_on: '2024-04-02', completed: true },
      { program_id: 'P3', artisan_id: 'A5', enrolled_on: '2024-04-02', completed: true },
    ],
    products: [
      {
        product_id: 'X1', enterprise_id: 'E1', name: 'Tas Pandan', craft_category: 'plaited',
        unit_price_idr: 150_000, local_material_share: 0.9, certifications: ['halal', 'trademark'], channels: ['local', 'ecommerce'],
      },
      {
        product_id: 'X2', enterprise_id: 'E2', name: 'Golok Ciomas', craft_category: 'metalcraft',
        unit_price_idr: 850_000, local_material_share: 0.6, certifications: ['geographical_indication'], channels: ['national', 'export'],
      },
      {
        product_id: 'X3', enterprise_id: 'E3', name: 'Kain Batik', craft_category: 'batik',
        unit_price_idr: 400_000, local_material_share: 0.4, certifications: [], channels: ['local'],
      },
    ],
    assessments: [
      { product_id: 'X1', assessed_on: '2023-06-01', assessor_council_id: 'C36', design: 3, craftsmanship: 3, material: 4, packaging: 2, market_readiness: 3 },
      { product_id: 'X1', assessed_on: '2024-06-01', assessor_council_id: 'C36', design: 4, craftsmanship: 4, material: 4, packaging: 3, market_readiness: 4 },
      { product_id: 'X2', assessed_on: '2024-07-12', assessor_council_id: 'C3601', design: 5, craftsmanship: 5, material: 4, packaging: 3, market_readiness: 4 },
      { product_id: 'X3', assessed_on: '2024-08-20', assessor_council_id: 'C3603', design: 3, craftsmanship: 4, material: 2, packaging: 2, market_readiness: 2 },
    ],
    practices: [
      { practice_id: 'PR1', name: 'Galeri bersama UMKM', practice_category: 'marketing', origin_council_id: 'C3603' },
      { practice_id: 'PR2', name: 'Bank bahan baku pandan', practice_category: 'materials', origin_council_id: 'C3601' },
    ],
    study_visits: [
      { visit_id: 'V1', visiting_council_id: 'C3601', host_council_id: 'C3603', visit_date: '2023-03-14', delegation_size: 12, practice_ids: ['PR1'] },
      { visit_id: 'V2', visiting_council_id: 'C3603', host_council_id: 'C3601', visit_date: '2023-09-02', delegation_size: 8, practice_ids: ['PR2'] },
      { visit_id: 'V3', visiting_council_id: 'C36', host_council_id: 'C3603', visit_date: '2024-01-20', delegation_size: 5, practice_ids: ['PR1'] },
    ],
    adoptions: [
      { council_id: 'C3601', practice_id: 'PR1', adopted_on: '2023-08-01', source_visit_id: 'V1', stage: 'adopted' },
      { council_id: 'C3603', practice_id: 'PR2', adopted_on: '2024-02-01', source_visit_id: 'V2', stage: 'piloted' },
      { council_id: 'C36', practice_id: 'PR1', adopted_on: '2024-05-01', source_visit_id: null, stage: 'planned' },
    ],
    exhibitions: [
      {
        exhibition_id: 'X-PB', name: 'Pameran Bersama Banten', start_date: '2024-05-01', end_date: '2024-05-05',
        region_code: '36.73', scale: 'provincial', organizer_council_ids: ['C36', 'C3601'],
      },
      {
        exhibition_id: 'X-INA', name: 'Inacraft', start_date: '2024-10-02', end_date: '2024-10-06',
        region_code: '36.03', scale: 'national', organizer_council_ids: ['C36'],
      },
    ],
    exhibitors: [
      { exhibition_id: 'X-PB', enterprise_id: 'E1', sales_idr: 12_500_000, transactions: 40, buyer_leads: 6 },
      { exhibition_id: 'X-PB', enterprise_id: 'E2', sales_idr: 30_000_000, transactions: 25, buyer_leads: 9 },
      { exhibition_id: 'X-INA', enterprise_id: 'E2', sales_idr: 95_000_000, transactions: 60, buyer_leads: 21 },
      { exhibition_id: 'X-INA', enterprise_id: 'E3', sales_idr: 18_000_000, transactions: 30, buyer_leads: 4 },
    ],
    outcomes: enterprises.flatMap(([enterprise_id], i) =>
      [2022, 2023, 2024].map((year, j) => ({
        enterprise_id,
        year,
        revenue_idr: (i + 1) * 100_000_000 + j * 15_000_000,
        employees: i + 2 + j,
        units_sold: (i + 1) * 500 + j * 80,
      })),
    ),
  };
}
