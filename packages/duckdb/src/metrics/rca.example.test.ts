import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  rca,
  rcaMetric,
  type Enterprise,
  type MetricInput,
  type MetricOptions,
  type MetricRow,
} from '@anyam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyInput, expectSameRows, runSql } from './engines.testkit.js';

function enterprise(
  enterprise_id: string,
  region_code: string,
  craft_category: Enterprise['craft_category'],
): Enterprise {
  return {
    enterprise_id,
    region_code,
    name: `Usaha ${enterprise_id}`,
    craft_category,
    size_class: 'micro',
    owner_gender: 'M',
    founded_year: 2010,
    registered_on: '2099-01-01',
  };
}

// Year 2024 revenues: 36.01 batik 300 + plaited 100 (a district enterprise), 36.02 batik 100 +
// plaited 300, 36.03 pottery 0 (so 36.03 and pottery give no rows), coded exactly 36: batik 200.
// Outside Banten (32) and other years do not count; registration after Y does not matter.
// X[36] = 1000, X[36,batik] = 600, X[36,plaited] = 400.
function fixture(): MetricInput {
  return emptyInput({
    regions: [
      { code: '36', name: 'Banten', level: 'province', parent_code: null },
      { code: '36.01', name: 'Kabupaten Pandeglang', level: 'regency', parent_code: '36' },
      { code: '36.01.05', name: 'Ciomas', level: 'district', parent_code: '36.01' },
      { code: '36.02', name: 'Kabupaten Lebak', level: 'regency', parent_code: '36' },
      { code: '36.03', name: 'Kabupaten Tangerang', level: 'regency', parent_code: '36' },
    ],
    enterprises: [
      enterprise('A1', '36.01', 'batik'),
      enterprise('A2', '36.01.05', 'plaited'),
      enterprise('B1', '36.02', 'batik'),
      enterprise('B2', '36.02', 'plaited'),
      enterprise('C1', '36.03', 'pottery'),
      enterprise('D1', '36', 'batik'),
      enterprise('Z1', '32', 'batik'),
    ],
    outcomes: (
      [
        ['A1', 2024, 300],
        ['A1', 2023, 999],
        ['A2', 2024, 100],
        ['B1', 2024, 100],
        ['B2', 2024, 300],
        ['C1', 2024, 0],
        ['D1', 2024, 200],
        ['Z1', 2024, 1000],
        ['B2', 2025, 5000],
      ] as const
    ).map(([enterprise_id, year, revenue_idr]) => ({
      enterprise_id,
      year,
      revenue_idr,
      employees: 3,
      units_sold: 10,
    })),
  });
}

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => connection.closeSync());

async function both(
  options: MetricOptions,
  expected: MetricRow[],
  input: MetricInput = fixture(),
): Promise<void> {
  const counts = rcaMetric.suppression.counts;
  expectSameRows(rca(input, options), expected, counts);
  expectSameRows(await runSql(connection, rcaMetric, input, options), expected, counts);
}

describe('rca worked example', () => {
  it('gives Balassa indices of Banten for the year of `to`', async () => {
    await both({ region: '36', from: '2024-03-01', to: '2024-12-31' }, [
      {
        region_code: '36',
        craft_category: 'batik',
        enterprises: 1,
        revenue_idr: 200,
        rca: 200 / 200 / 0.6,
      }, // 1.667
      { region_code: '36', craft_category: 'plaited', enterprises: 0, revenue_idr: 0, rca: 0 },
      {
        region_code: '36.01',
        craft_category: 'batik',
        enterprises: 1,
        revenue_idr: 300,
        rca: 300 / 400 / 0.6,
      }, // 1.25
      {
        region_code: '36.01',
        craft_category: 'plaited',
        enterprises: 1,
        revenue_idr: 100,
        rca: 100 / 400 / 0.4,
      }, // 0.625
      {
        region_code: '36.02',
        craft_category: 'batik',
        enterprises: 1,
        revenue_idr: 100,
        rca: 100 / 400 / 0.6,
      }, // 0.417
      {
        region_code: '36.02',
        craft_category: 'plaited',
        enterprises: 1,
        revenue_idr: 300,
        rca: 300 / 400 / 0.4,
      }, // 1.875
    ]);
  });

  it('splits a regency into its own records and its districts', async () => {
    // R = 36.01: X = 400, batik 300 (coded exactly 36.01), plaited 100 (district 36.01.05).
    await both({ region: '36.01', from: '2024-01-01', to: '2024-12-31' }, [
      {
        region_code: '36.01',
        craft_category: 'batik',
        enterprises: 1,
        revenue_idr: 300,
        rca: 1 / 0.75,
      },
      { region_code: '36.01', craft_category: 'plaited', enterprises: 0, revenue_idr: 0, rca: 0 },
      { region_code: '36.01.05', craft_category: 'batik', enterprises: 0, revenue_idr: 0, rca: 0 },
      {
        region_code: '36.01.05',
        craft_category: 'plaited',
        enterprises: 1,
        revenue_idr: 100,
        rca: 1 / 0.25,
      },
    ]);
  });

  it('counts the enterprises with an outcome in each cell, a zero revenue included', async () => {
    // Two more Pandeglang batik enterprises with 2024 outcomes (one earning nothing) and one with
    // only a 2023 outcome: 36.01 batik is then 3 enterprises; the revenues do not change.
    const base = fixture();
    const outcome = (enterprise_id: string, year: number, revenue_idr: number) => ({
      enterprise_id,
      year,
      revenue_idr,
      employees: 1,
      units_sold: 1,
    });
    const input: MetricInput = {
      ...base,
      enterprises: [
        ...base.enterprises,
        enterprise('A3', '36.01', 'batik'),
        enterprise('A4', '36.01.05', 'batik'),
        enterprise('A5', '36.01', 'batik'),
      ],
      outcomes: [
        ...base.outcomes,
        outcome('A3', 2024, 0),
        outcome('A4', 2024, 50),
        outcome('A5', 2023, 70),
      ],
    };
    // X[36.01] = 450, X[36] = 1050, X[36, batik] = 650.
    await both(
      { region: '36', from: '2024-01-01', to: '2024-12-31' },
      [
        {
          region_code: '36',
          craft_category: 'batik',
          enterprises: 1,
          revenue_idr: 200,
          rca: 200 / 200 / (650 / 1050),
        },
        { region_code: '36', craft_category: 'plaited', enterprises: 0, revenue_idr: 0, rca: 0 },
        {
          region_code: '36.01',
          craft_category: 'batik',
          enterprises: 3,
          revenue_idr: 350,
          rca: 350 / 450 / (650 / 1050),
        },
        {
          region_code: '36.01',
          craft_category: 'plaited',
          enterprises: 1,
          revenue_idr: 100,
          rca: 100 / 450 / (400 / 1050),
        },
        {
          region_code: '36.02',
          craft_category: 'batik',
          enterprises: 1,
          revenue_idr: 100,
          rca: 100 / 400 / (650 / 1050),
        },
        {
          region_code: '36.02',
          craft_category: 'plaited',
          enterprises: 1,
          revenue_idr: 300,
          rca: 300 / 400 / (400 / 1050),
        },
      ],
      input,
    );
  });

  it('has no rows for a year without revenue', async () => {
    expect(rca(fixture(), { region: '36', from: '2022-01-01', to: '2022-12-31' })).toEqual([]);
    expect(
      await runSql(connection, rcaMetric, fixture(), {
        region: '36',
        from: '2022-01-01',
        to: '2022-12-31',
      }),
    ).toEqual([]);
  });
});
