/**
 * A two-province variant of the test dataset, for the national map: the Banten dataset with the
 * enterprises of Kota Cilegon moved to a regency of Jawa Barat (32.01) and those regions added to
 * the reference. Only enterprises and regions change; everything hangs on enterprise ids.
 */
import { makeDatasetVariant } from './dataset-variant.js';

export function makeTwoProvinceDataset(source: string, target: string): Promise<string> {
  return makeDatasetVariant(source, target, {
    statements: (read, write) => [
      `COPY (SELECT * REPLACE (CASE WHEN region_code = '36.72' OR starts_with(region_code, '36.72.') THEN '32.01' ELSE region_code END AS region_code)
        FROM ${read('enterprises')}) TO ${write('enterprises')} (FORMAT parquet)`,
      `COPY (SELECT * FROM ${read('regions')}
        UNION ALL SELECT '32', 'Jawa Barat', 'province', NULL
        UNION ALL SELECT '32.01', 'Kabupaten Bogor', 'regency', '32') TO ${write('regions')} (FORMAT parquet)`,
    ],
    addedRegions: 2,
  });
}
