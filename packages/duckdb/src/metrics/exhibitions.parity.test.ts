import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { exhibitions, exhibitionsMetric } from '@anyam/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricInputArbitrary, metricPeriodArbitrary, metricRegionArbitrary } from './arbitrary.js';
import { expectSameRows, runSql } from './engines.testkit.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
});
afterAll(() => connection.closeSync());

describe('exhibitions: TypeScript and SQL agree', () => {
  it('on random small datasets, regions and periods', async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(
        metricInputArbitrary(),
        metricRegionArbitrary,
        metricPeriodArbitrary,
        async (input, region, period) => {
          const options = { region, ...period };
          const expected = exhibitions(input, options);
          if (expected.some((row) => row.exhibitors !== 0)) counted++;
          expectSameRows(
            await runSql(connection, exhibitionsMetric, input, options),
            expected,
            exhibitionsMetric.suppression.counts,
          );
        },
      ),
      { numRuns: 150, seed: 20261128 },
    );
    // The property must have compared rows with exhibitors, not only empty ones.
    expect(counted).toBeGreaterThan(15);
  });
});
