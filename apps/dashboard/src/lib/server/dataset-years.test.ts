import { defaultYearsSql, metricNames } from '@anyam/core';
import { openDataset, type DatasetHandle } from '@anyam/duckdb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { datasetYears } from './api.js';

let handle: DatasetHandle;
beforeAll(async () => {
  handle = await openDataset(inject('dataDir'), { poolSize: 1 });
});
afterAll(() => handle?.close());

describe('datasetYears', () => {
  it("answers every metric's default years from the manifest as the query over the data does", async () => {
    for (const metric of metricNames) {
      const query = defaultYearsSql(metric);
      const [row] = await handle.query(query.sql, query.params);
      const expected =
        typeof row?.first_year === 'number' && typeof row?.last_year === 'number'
          ? { first: row.first_year, last: row.last_year }
          : null;
      // Only the manifest: a handle that cannot query.
      expect(await datasetYears({ manifest: handle.manifest }, metric), metric).toEqual(expected);
    }
  });
});
