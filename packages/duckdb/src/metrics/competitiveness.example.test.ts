import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  competitiveness,
  competitivenessMetric,
  type MetricOptions,
  type MetricRow,
} from '@anyam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitivenessFixture } from './competitiveness-fixture.testkit.js';
import { expectSameRows, runSql } from './engines.testkit.js';

// Per product (by 2024-12-31), dimensions on 0–1:
// X1: quality (3+4+2-3)/12 = 0.5; materials ((3-1)/4 + 0.5)/2 = 0.5;
//     market (5·(4-1) + 4·2)/40 = 23/40 = 0.575; compliance 2/3.
//     arithmetic PCI = 25·(0.5 + 0.5 + 0.575 + 2/3) = 56.041666...
// X2: every dimension 1 (certifications capped at 3), PCI 100.  X3: every dimension 0, PCI 0.
// X4 and X5 unassessed (X5's only assessment is after `to`); X9 is outside 36.
const options: MetricOptions = { region: '36', from: '2024-01-01', to: '2024-12-31' };
const x1 = 25 * (0.5 + 0.5 + 0.575 + 2 / 3);
const counts = competitivenessMetric.suppression.counts;

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => connection.closeSync());

async function both(opts: MetricOptions, expected: MetricRow[]): Promise<void> {
  const input = competitivenessFixture();
  expectSameRows(competitiveness(input, opts), expected, counts);
  expectSameRows(await runSql(connection, competitivenessMetric, input, opts), expected, counts);
}

describe('competitiveness worked example', () => {
  it('gives the overall row of 36 in both engines', async () => {
    await both(options, [
      {
        region_code: '36',
        products_assessed: 3,
        unassessed: 2,
        pci_median: x1, // of 0, 56.04, 100
        pci_mean: (x1 + 100 + 0) / 3,
        export_ready_share: 1 / 3, // X2 only
        quality: (100 * (0.5 + 1 + 0)) / 3,
        materials: (100 * (0.5 + 1 + 0)) / 3,
        market: (100 * (0.575 + 1 + 0)) / 3,
        compliance: (100 * (2 / 3 + 1 + 0)) / 3,
      },
    ]);
  });

  it('gives the row of 36 itself, every child (36.04 empty) by region', async () => {
    const empty = {
      products_assessed: 0,
      unassessed: 0,
      pci_median: null,
      pci_mean: null,
      export_ready_share: null,
      quality: null,
      materials: null,
      market: null,
      compliance: null,
    };
    await both({ ...options, by: 'region' }, [
      {
        region_code: '36',
        products_assessed: 1,
        unassessed: 0,
        pci_median: 0,
        pci_mean: 0,
        export_ready_share: 0,
        quality: 0,
        materials: 0,
        market: 0,
        compliance: 0,
      },
      {
        region_code: '36.01',
        products_assessed: 1,
        unassessed: 2,
        pci_median: x1,
        pci_mean: x1,
        export_ready_share: 0,
        quality: 50,
        materials: 50,
        market: 57.5,
        compliance: 200 / 3,
      },
      // X2's enterprise is in district 36.03.05, so it counts in 36.03.
      {
        region_code: '36.03',
        products_assessed: 1,
        unassessed: 0,
        pci_median: 100,
        pci_mean: 100,
        export_ready_share: 1,
        quality: 100,
        materials: 100,
        market: 100,
        compliance: 100,
      },
      { region_code: '36.04', ...empty },
    ]);
  });

  it("groups by the product's own category, every category listed", async () => {
    const input = competitivenessFixture();
    const rows = competitiveness(input, { ...options, by: 'craft_category' });
    expect(rows.map((row) => row.craft_category)).toEqual([
      'batik',
      'woven_textile',
      'plaited',
      'woodcraft',
      'pottery',
      'metalcraft',
      'leather',
      'accessories',
      'other',
    ]);
    // batik: X1 and X3 assessed (PCI 56.04 and 0: median interpolated), X4 and X5 not.
    expect(rows[0]).toEqual({
      craft_category: 'batik',
      products_assessed: 2,
      unassessed: 2,
      pci_median: x1 / 2,
      pci_mean: x1 / 2,
      export_ready_share: 0,
      quality: 25,
      materials: 25,
      market: 28.75,
      compliance: 100 / 3,
    });
    // X2 is woodcraft although its enterprise is plaited.
    expect(rows[2]).toMatchObject({
      craft_category: 'plaited',
      products_assessed: 0,
      pci_mean: null,
    });
    expect(rows[3]).toMatchObject({
      craft_category: 'woodcraft',
      products_assessed: 1,
      pci_mean: 100,
    });
    expectSameRows(
      await runSql(connection, competitivenessMetric, input, { ...options, by: 'craft_category' }),
      rows,
      counts,
    );
  });

  it('applies custom weights (divided by their sum) and the geometric form', async () => {
    // Weights 2,1,1,0 → 0.5, 0.25, 0.25, 0.
    // Arithmetic X1: 100·(0.5·0.5 + 0.25·0.5 + 0.25·0.575) = 51.875.
    const arithmetic = competitiveness(competitivenessFixture(), {
      ...options,
      by: 'region',
      weights: [2, 1, 1, 0],
    });
    expect(arithmetic[1]?.pci_mean).toBeCloseTo(51.875, 12);
    // Geometric X1: 100·0.5^0.5·0.5^0.25·0.575^0.25 = 51.7779...; X3: 100·0.01 = 1; X2: 100.
    const geometric = {
      ...options,
      weighting: 'geometric' as const,
      weights: [2, 1, 1, 0] as const,
    };
    const x1g = 100 * 0.5 ** 0.75 * 0.575 ** 0.25;
    await both(geometric, [
      {
        region_code: '36',
        products_assessed: 3,
        unassessed: 2,
        pci_median: x1g,
        pci_mean: (x1g + 100 + 1) / 3,
        export_ready_share: 1 / 3,
        quality: 50,
        materials: 50,
        market: 52.5,
        compliance: 500 / 9,
      },
    ]);
  });

  it('refuses negative or all-zero weights with one sentence', () => {
    const input = competitivenessFixture();
    expect(() => competitiveness(input, { ...options, weights: [1, -1, 1, 1] })).toThrow(
      /not negative/,
    );
    expect(() => competitivenessMetric.sql({ ...options, weights: [0, 0, 0, 0] })).toThrow(
      /all be zero/,
    );
  });
});
