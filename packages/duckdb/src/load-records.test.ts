import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadRecords } from './load-records.js';

describe('loadRecords', () => {
  it('creates every table and keeps lists, dates, nulls and the partition year', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await loadRecords(connection, {
      participations: [
        { program_id: 'P1', artisan_id: 'A1', enrolled_on: '2024-03-01', completed: true },
      ],
      programs: [],
      products: [
        {
          product_id: 'X',
          enterprise_id: 'E',
          name: 'Tas',
          craft_category: 'plaited',
          unit_price_idr: 150000,
          local_material_share: 0.8,
          certifications: ['halal'],
          channels: [],
        },
      ],
      regions: [{ code: '36', name: 'Banten', level: 'province', parent_code: null }],
    });
    const reader = await connection.runAndReadAll(
      'SELECT p.year, p.enrolled_on, x.certifications, x.channels, (SELECT count(*) FROM councils)::INTEGER AS councils, r.parent_code FROM participations p, products x, regions r',
    );
    expect(reader.getRowObjectsJson()).toEqual([
      {
        year: 2024,
        enrolled_on: '2024-03-01',
        certifications: ['halal'],
        channels: [],
        councils: 0,
        parent_code: null,
      },
    ]);
    connection.closeSync();
  });
});
