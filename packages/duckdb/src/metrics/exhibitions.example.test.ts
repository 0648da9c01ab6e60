import { exhibitionsMetric, type Enterprise, type ExhibitionScale } from '@anyam/core';
import { describe, it } from 'vitest';
import { emptyInput, useWorkedExample } from './engines.testkit.js';

const enterprise = (enterprise_id: string, region_code: string): Enterprise => ({
  enterprise_id,
  region_code,
  name: enterprise_id,
  craft_category: 'plaited',
  size_class: 'small',
  owner_gender: 'M',
  founded_year: 2015,
  registered_on: '2020-01-01',
});
const fair = (
  exhibition_id: string,
  scale: ExhibitionScale,
  start_date: string,
  organizer_council_ids: string[],
) => ({
  exhibition_id,
  name: exhibition_id,
  start_date,
  end_date: '2025-06-30',
  region_code: '31.71', // held outside Banten: where it is held does not matter
  scale,
  organizer_council_ids,
});
const stand = (
  exhibition_id: string,
  enterprise_id: string,
  sales_idr: number,
  buyer_leads: number,
) => ({
  exhibition_id,
  enterprise_id,
  sales_idr,
  transactions: 1,
  buyer_leads,
});

const input = emptyInput({
  enterprises: [enterprise('E1', '36.01'), enterprise('E2', '36.02'), enterprise('E3', '32.01')],
  exhibitions: [
    fair('F1', 'local', '2024-03-01', ['A']),
    fair('F2', 'national', '2024-05-01', ['A', 'B']), // joint
    fair('F3', 'national', '2024-08-01', ['B', 'B']), // one distinct organizer: not joint
    fair('F4', 'international', '2023-12-31', ['A', 'B']), // starts before P
    fair('F5', 'provincial', '2025-01-01', ['A']), // starts after P
  ],
  exhibitors: [
    stand('F1', 'E1', 1_000_000, 2),
    stand('F1', 'E3', 9_000_000, 9), // E3 is outside r
    stand('F2', 'E1', 5_000_000, 4),
    stand('F2', 'E2', 3_000_000, 1),
    stand('F3', 'E2', 0, 0),
    stand('F4', 'E1', 7_000_000, 7),
    stand('F5', 'E2', 8_000_000, 8),
    stand('F9', 'E1', 100, 1), // unknown exhibition
  ],
});

const expectBoth = useWorkedExample(exhibitionsMetric, input);
const row = (
  key: { scale: ExhibitionScale } | { joint: boolean },
  exhibitionCount: number,
  exhibitors: number,
  sales_idr: number,
  buyer_leads: number,
) => ({
  ...key,
  exhibitions: exhibitionCount,
  exhibitors,
  sales_idr,
  sales_per_exhibitor: exhibitors === 0 ? null : sales_idr / exhibitors,
  buyer_leads,
});
const scale = (s: ExhibitionScale) => ({ scale: s });
const joint = (j: boolean) => ({ joint: j });

describe('exhibitions worked example', () => {
  it('sums the exhibitor rows of Banten enterprises by scale and by joint organisation', async () => {
    // Counted rows in 2024: F1/E1 (local, 1,000,000, 2 leads), F2/E1 and F2/E2 (national, joint,
    // 5,000,000 + 3,000,000, 4 + 1 leads), F3/E2 (national, one organizer, 0, 0).
    // national: 2 exhibitions, 3 rows, 8,000,000, 8,000,000 / 3 per exhibitor, 5 leads.
    // joint: F2 only: 1 exhibition, 2 rows, 8,000,000, 4,000,000 each, 5 leads.
    // not joint: F1 and F3: 2 exhibitions, 2 rows, 1,000,000, 500,000 each, 2 leads.
    await expectBoth({ region: '36', from: '2024-01-01', to: '2024-12-31' }, [
      {
        scale: 'local',
        exhibitions: 1,
        exhibitors: 1,
        sales_idr: 1_000_000,
        sales_per_exhibitor: 1_000_000,
        buyer_leads: 2,
      },
      {
        scale: 'provincial',
        exhibitions: 0,
        exhibitors: 0,
        sales_idr: 0,
        sales_per_exhibitor: null,
        buyer_leads: 0,
      },
      {
        scale: 'national',
        exhibitions: 2,
        exhibitors: 3,
        sales_idr: 8_000_000,
        sales_per_exhibitor: 8_000_000 / 3,
        buyer_leads: 5,
      },
      {
        scale: 'international',
        exhibitions: 0,
        exhibitors: 0,
        sales_idr: 0,
        sales_per_exhibitor: null,
        buyer_leads: 0,
      },
      {
        joint: true,
        exhibitions: 1,
        exhibitors: 2,
        sales_idr: 8_000_000,
        sales_per_exhibitor: 4_000_000,
        buyer_leads: 5,
      },
      {
        joint: false,
        exhibitions: 2,
        exhibitors: 2,
        sales_idr: 1_000_000,
        sales_per_exhibitor: 500_000,
        buyer_leads: 2,
      },
    ]);
  });

  it('keeps only the enterprises of a regency, and every row when nothing happened', async () => {
    // 36.02: E2 at F2 (joint, 3,000,000, 1 lead) and F3 (not joint, 0): both national.
    await expectBoth({ region: '36.02', from: '2024-01-01', to: '2024-12-31' }, [
      row(scale('local'), 0, 0, 0, 0),
      row(scale('provincial'), 0, 0, 0, 0),
      row(scale('national'), 2, 2, 3_000_000, 1),
      row(scale('international'), 0, 0, 0, 0),
      row(joint(true), 1, 1, 3_000_000, 1),
      row(joint(false), 1, 1, 0, 0),
    ]);
    await expectBoth({ region: '36', from: '2020-01-01', to: '2020-12-31' }, [
      row(scale('local'), 0, 0, 0, 0),
      row(scale('provincial'), 0, 0, 0, 0),
      row(scale('national'), 0, 0, 0, 0),
      row(scale('international'), 0, 0, 0, 0),
      row(joint(true), 0, 0, 0, 0),
      row(joint(false), 0, 0, 0, 0),
    ]);
  });
});
