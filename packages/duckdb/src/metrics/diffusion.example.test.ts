import { diffusionMetric, type AdoptionStage } from '@anyam/core';
import { describe, it } from 'vitest';
import { emptyInput, useWorkedExample } from './engines.testkit.js';

const visit = (
  visit_id: string,
  from: string,
  to: string,
  visit_date: string,
  practice_ids: string[],
) => ({
  visit_id,
  visiting_council_id: from,
  host_council_id: to,
  visit_date,
  delegation_size: 4,
  practice_ids,
});
const adoption = (
  council_id: string,
  practice_id: string,
  adopted_on: string,
  stage: AdoptionStage,
) => ({
  council_id,
  practice_id,
  adopted_on,
  source_visit_id: null,
  stage,
});

// A (36.01) and B (36.02) visit H (36.03); X is outside Banten.
const input = emptyInput({
  councils: [
    { council_id: 'A', region_code: '36.01', name: 'A' },
    { council_id: 'B', region_code: '36.02', name: 'B' },
    { council_id: 'H', region_code: '36.03', name: 'H' },
    { council_id: 'X', region_code: '32.01', name: 'X' },
  ],
  study_visits: [
    visit('v1', 'A', 'H', '2024-02-01', ['k1', 'k2', 'k2']), // k2 repeated: once
    visit('v2', 'A', 'H', '2024-06-01', ['k1', 'k3']), // k1 already exposed on 02-01
    visit('v3', 'A', 'B', '2023-11-01', ['k4']), // before P
    visit('v4', 'B', 'H', '2024-12-31', ['k1']),
    visit('v5', 'X', 'H', '2024-03-01', ['k1']), // X is outside r
    visit('v6', 'A', 'H', '2025-01-01', ['k5']), // after P
  ],
  adoptions: [
    adoption('A', 'k1', '2024-01-15', 'adopted'), // before the visit
    adoption('A', 'k1', '2024-04-01', 'piloted'), // not adopted yet
    adoption('A', 'k1', '2024-05-01', 'adopted'), // the earliest that counts
    adoption('A', 'k1', '2024-07-01', 'institutionalized'),
    adoption('A', 'k2', '2025-03-01', 'institutionalized'), // after P: no upper bound
    adoption('A', 'k3', '2024-06-01', 'adopted'), // the day of the visit: lag 0
    adoption('B', 'k1', '2024-12-30', 'adopted'), // the day before B's visit
    adoption('B', 'k1', '2025-01-30', 'adopted'),
    adoption('B', 'k2', '2025-01-01', 'adopted'), // B never saw k2
    adoption('X', 'k1', '2024-05-01', 'adopted'),
  ],
});

const expectBoth = useWorkedExample(diffusionMetric, input);

describe('diffusion worked example', () => {
  it('pairs each council and practice at its earliest visit and takes the earliest adoption after it', async () => {
    // Exposures: (A,k1) 2024-02-01, (A,k2) 2024-02-01, (A,k3) 2024-06-01, (B,k1) 2024-12-31.
    // Lags: A k1 02-01 -> 05-01 = 29 + 31 + 30 = 90 days (2024 is a leap year);
    //       A k2 2024-02-01 -> 2025-03-01 = 366 + 28 = 394; A k3 0; B k1 12-31 -> 01-30 = 30.
    // Overall: 4 exposed, 4 adopted, median of 0, 30, 90, 394 = (30 + 90) / 2 = 60.
    // A: 3 of 3, median 90. B: 1 of 1, median 30.
    await expectBoth({ region: '36', from: '2024-01-01', to: '2024-12-31' }, [
      { council_id: 'all', exposed: 4, adopted: 4, adoption_rate: 1, median_lag_days: 60 },
      { council_id: 'A', exposed: 3, adopted: 3, adoption_rate: 1, median_lag_days: 90 },
      { council_id: 'B', exposed: 1, adopted: 1, adoption_rate: 1, median_lag_days: 30 },
    ]);
  });

  it('counts a pair as not adopted when no adoption follows the visit', async () => {
    // Period 2023-01-01..2024-03-31: (A,k4) 2023-11-01 never adopted, (A,k1), (A,k2) 2024-02-01
    // adopted after 90 and 394 days. Overall 2 of 3, median 242; A likewise.
    await expectBoth({ region: '36.01', from: '2023-01-01', to: '2024-03-31' }, [
      { council_id: 'all', exposed: 3, adopted: 2, adoption_rate: 2 / 3, median_lag_days: 242 },
      { council_id: 'A', exposed: 3, adopted: 2, adoption_rate: 2 / 3, median_lag_days: 242 },
    ]);
  });

  it('returns the overall row alone, with null rate and lag, when nothing was shown', async () => {
    await expectBoth({ region: '36.03', from: '2024-01-01', to: '2024-12-31' }, [
      { council_id: 'all', exposed: 0, adopted: 0, adoption_rate: null, median_lag_days: null },
    ]);
  });
});
