import { visitOutcomesMetric, type Assessment, type Enterprise, type Product } from '@anyam/core';
import { describe, it } from 'vitest';
import { emptyInput, useWorkedExample } from './engines.testkit.js';

const enterprise = (enterprise_id: string, region_code: string): Enterprise => ({
  enterprise_id,
  region_code,
  name: enterprise_id,
  craft_category: 'batik',
  size_class: 'micro',
  owner_gender: 'F',
  founded_year: 2010,
  registered_on: '2020-01-01',
});
// Every product: local material share 0.5, no certification, one channel. With all five scores
// equal to s, quality = (s-1)/4, materials = ((s-1)/4 + 0.5)/2, market = (5(s-1) + 4)/40,
// compliance 0, so PCI = 25 (quality + materials + market):
//   s = 1: 8.75, s = 2: 21.25, s = 3: 33.75, s = 4: 46.25, s = 5: 58.75.
const product = (product_id: string, enterprise_id: string): Product => ({
  product_id,
  enterprise_id,
  name: product_id,
  craft_category: 'batik',
  unit_price_idr: 100_000,
  local_material_share: 0.5,
  certifications: [],
  channels: ['local'],
});
const assessed = (product_id: string, assessed_on: string, s: number): Assessment => ({
  product_id,
  assessed_on,
  assessor_council_id: 'C3',
  design: s,
  craftsmanship: s,
  material: s,
  packaging: s,
  market_readiness: s,
});
const visit = (
  visit_id: string,
  visiting_council_id: string,
  visit_date: string,
  practice_ids: string[],
) => ({
  visit_id,
  visiting_council_id,
  host_council_id: 'C2',
  visit_date,
  delegation_size: 3,
  practice_ids,
});

// C1 Pandeglang (36.01), C2 Kab. Tangerang (36.03, no enterprises), C3 the province (36), C9
// Bogor (32.01). E1 (36.01.01) and E2 (36.01) are in 36.01; E3 (36.02) and E4 (coded exactly 36)
// are the rest of the province; E5 is in 32.01.
const input = emptyInput({
  councils: [
    { council_id: 'C1', region_code: '36.01', name: 'Dekranasda Pandeglang' },
    { council_id: 'C2', region_code: '36.03', name: 'Dekranasda Kabupaten Tangerang' },
    { council_id: 'C3', region_code: '36', name: 'Dekranasda Provinsi Banten' },
    { council_id: 'C9', region_code: '32.01', name: 'Dekranasda Bogor' },
  ],
  enterprises: [
    enterprise('E1', '36.01.01'),
    enterprise('E2', '36.01'),
    enterprise('E3', '36.02'),
    enterprise('E4', '36'),
    enterprise('E5', '32.01'),
  ],
  products: [
    product('X1', 'E1'),
    product('X2', 'E2'),
    product('X3', 'E3'),
    product('X4', 'E4'),
    product('X5', 'E5'),
  ],
  assessments: [
    assessed('X1', '2022-05-01', 3),
    assessed('X2', '2022-12-31', 2),
    assessed('X3', '2022-01-01', 3),
    assessed('X4', '2022-07-01', 4),
    assessed('X5', '2022-07-01', 1),
    assessed('X1', '2023-06-01', 5), // the visit's own year: in neither side
    assessed('X1', '2024-01-01', 4),
    assessed('X1', '2024-12-31', 5), // a second assessment in 2024: both count
    assessed('X2', '2024-03-01', 4),
    assessed('X3', '2024-03-01', 3),
    assessed('X4', '2024-03-01', 5),
    assessed('X5', '2024-03-01', 2),
  ],
  study_visits: [
    visit('V1', 'C1', '2023-03-01', ['K1', 'K2', 'K2']),
    visit('V0', 'C1', '2023-03-01', []), // same day: visit_id orders
    visit('V3', 'C3', '2023-11-30', ['K3']),
    visit('V7', 'C2', '2023-05-05', ['K1']),
    visit('V4', 'C9', '2023-04-01', ['K1']), // outside 36
    visit('V5', 'C99', '2023-04-01', ['K1']), // a council not in the dataset: nowhere
    visit('V6', 'C1', '2022-12-31', ['K1']), // before the period
  ],
  adoptions: [
    {
      council_id: 'C1',
      practice_id: 'K1',
      adopted_on: '2023-06-01',
      source_visit_id: 'V1',
      stage: 'adopted',
    },
    {
      council_id: 'C1',
      practice_id: 'K2',
      adopted_on: '2023-07-01',
      source_visit_id: 'V1',
      stage: 'piloted',
    },
    {
      council_id: 'C1',
      practice_id: 'K2',
      adopted_on: '2023-02-01',
      source_visit_id: null,
      stage: 'adopted',
    },
    {
      council_id: 'C3',
      practice_id: 'K3',
      adopted_on: '2024-05-01',
      source_visit_id: 'V3',
      stage: 'institutionalized',
    },
  ],
});

const expectBoth = useWorkedExample(visitOutcomesMetric, input);

// For C1 (v = 36.01, parent 36), visits in 2023: before = 2022, after = 2024.
//   own before: X1 33.75, X2 21.25: n 2, mean 27.5; own after: X1 46.25 and 58.75, X2 46.25:
//   n 3, mean 151.25/3 = 50.416667; change 22.916667.
//   rest of 36: X3, X4: before (33.75 + 46.25)/2 = 40, after (33.75 + 58.75)/2 = 46.25: 6.25.
//   relative 22.916667 - 6.25 = 16.666667.
const pandeglang = {
  assessed_before: 2,
  assessed_after: 3,
  pci_before: 27.5,
  pci_after: 151.25 / 3,
  pci_change: 151.25 / 3 - 27.5,
  benchmark_change: 6.25,
  relative_change: 151.25 / 3 - 27.5 - 6.25,
};

describe('visit_outcomes worked example', () => {
  it('follows each visit of the region, in date then id order', async () => {
    await expectBoth({ region: '36', from: '2023-01-01', to: '2023-12-31' }, [
      // V0: no practice shown: rate null.
      {
        visit_id: 'V0',
        visiting_council_id: 'C1',
        host_council_id: 'C2',
        visit_date: '2023-03-01',
        practices_shown: 0,
        practices_adopted: 0,
        adoption_rate: null,
        ...pandeglang,
      },
      // V1: K1, K2 (K2 twice): K1 adopted after the visit; K2 only piloted after it (its
      // adoption came before the visit): 1 of 2.
      {
        visit_id: 'V1',
        visiting_council_id: 'C1',
        host_council_id: 'C2',
        visit_date: '2023-03-01',
        practices_shown: 2,
        practices_adopted: 1,
        adoption_rate: 0.5,
        ...pandeglang,
      },
      // V7: C2's region 36.03 has no products: counts 0, means null; the rest of 36 (X1..X4)
      // goes from 135/4 = 33.75 to 243.75/5 = 48.75: benchmark 15, relative null.
      {
        visit_id: 'V7',
        visiting_council_id: 'C2',
        host_council_id: 'C2',
        visit_date: '2023-05-05',
        practices_shown: 1,
        practices_adopted: 0,
        adoption_rate: 0,
        assessed_before: 0,
        assessed_after: 0,
        pci_before: null,
        pci_after: null,
        pci_change: null,
        benchmark_change: 15,
        relative_change: null,
      },
      // V3: the province council: v = 36 (X1..X4), 33.75 -> 48.75, change 15; benchmark every
      // enterprise outside 36 (X5): 8.75 -> 21.25, 12.5; relative 2.5. K3 institutionalized later.
      {
        visit_id: 'V3',
        visiting_council_id: 'C3',
        host_council_id: 'C2',
        visit_date: '2023-11-30',
        practices_shown: 1,
        practices_adopted: 1,
        adoption_rate: 1,
        assessed_before: 4,
        assessed_after: 5,
        pci_before: 33.75,
        pci_after: 48.75,
        pci_change: 15,
        benchmark_change: 12.5,
        relative_change: 2.5,
      },
    ]);
  });

  it('has no benchmark when the parent region holds nothing else', async () => {
    // V4: C9 (v = 32.01); the rest of 32 has no enterprise: benchmark and relative null.
    //   own: X5 8.75 -> 21.25: change 12.5.
    await expectBoth({ region: '32', from: '2023-01-01', to: '2023-12-31' }, [
      {
        visit_id: 'V4',
        visiting_council_id: 'C9',
        host_council_id: 'C2',
        visit_date: '2023-04-01',
        practices_shown: 1,
        practices_adopted: 0,
        adoption_rate: 0,
        assessed_before: 1,
        assessed_after: 1,
        pci_before: 8.75,
        pci_after: 21.25,
        pci_change: 12.5,
        benchmark_change: null,
        relative_change: null,
      },
    ]);
  });

  it('has no row for a region whose councils made no visit', async () => {
    await expectBoth({ region: '36.02', from: '2023-01-01', to: '2023-12-31' }, []);
  });
});
