import { retention, retentionMetric, type MetricOptions, type MetricRow } from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { rowDifferences, useParityHarness } from './engines.testkit.js';
import { workedExample } from './worked-example.js';

const harness = useParityHarness();

async function expectBoth(options: MetricOptions, expected: MetricRow[]) {
  expect(
    rowDifferences(retention(workedExample, options), expected, retentionMetric.suppression.counts),
  ).toEqual([]);
  expect(
    rowDifferences(
      await harness().sqlRows(retentionMetric, workedExample, options),
      expected,
      retentionMetric.suppression.counts,
    ),
  ).toEqual([]);
}

// Reached in 2024 (reach's worked example): A1, A3, A5. In 2025 only A1 (P3) and A2 (P1) enrol.
describe('retention on the worked example (Y = 2024)', () => {
  it('gives the province row by hand', async () => {
    await expectBoth({ region: '36', from: '2024-01-01', to: '2024-12-31' }, [
      { region_code: '36', reached: 3, retained: 1, retention_rate: 1 / 3 },
    ]);
  });

  it('takes Y from `to`, over the whole calendar year', async () => {
    // from/to cover only part of 2024: Y is still 2024-01-01..2024-12-31
    await expectBoth({ region: '36', from: '2023-06-01', to: '2024-03-31' }, [
      { region_code: '36', reached: 3, retained: 1, retention_rate: 1 / 3 },
    ]);
  });

  it('applies the filters to Y only: C1 reached A1 and A3, A1 came back through C2', async () => {
    await expectBoth({ region: '36', from: '2024-01-01', to: '2024-12-31', council: 'C1' }, [
      { region_code: '36', reached: 2, retained: 1, retention_rate: 1 / 2 },
    ]);
  });

  it('breaks down by region (exact 36 row first, empty 36.03 kept) and by craft category', async () => {
    await expectBoth({ region: '36', from: '2024-01-01', to: '2024-12-31', by: 'region' }, [
      { region_code: '36', reached: 0, retained: 0, retention_rate: null },
      { region_code: '36.01', reached: 2, retained: 1, retention_rate: 1 / 2 },
      { region_code: '36.02', reached: 1, retained: 0, retention_rate: 0 },
      { region_code: '36.03', reached: 0, retained: 0, retention_rate: null },
    ]);
    const rows = retention(workedExample, {
      region: '36',
      from: '2024-01-01',
      to: '2024-12-31',
      by: 'craft_category',
    });
    expect(rows.map((row) => row.craft_category)[0]).toBe('batik');
    await expectBoth(
      { region: '36', from: '2024-01-01', to: '2024-12-31', by: 'craft_category' },
      rows.map((row) =>
        row.craft_category === 'batik'
          ? { craft_category: 'batik', reached: 2, retained: 1, retention_rate: 1 / 2 } // A1, A5
          : row.craft_category === 'woven_textile'
            ? { craft_category: 'woven_textile', reached: 1, retained: 0, retention_rate: 0 } // A3
            : {
                craft_category: row.craft_category as string,
                reached: 0,
                retained: 0,
                retention_rate: null,
              },
      ),
    );
  });
});
