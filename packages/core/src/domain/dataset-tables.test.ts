import { describe, expect, it } from 'vitest';
import { datasetTableNames, isPartitioned, tableKey, viewColumns } from './dataset-tables.js';
import { tableNames } from './tables.js';

describe('viewColumns', () => {
  it('adds an INTEGER year to partitioned tables that do not store one', () => {
    expect(viewColumns('participations').map((column) => column.name)).toEqual([
      'program_id',
      'artisan_id',
      'enrolled_on',
      'completed',
      'year',
    ]);
    expect(viewColumns('outcomes').filter((column) => column.name === 'year')).toHaveLength(1);
  });

  it('leaves out the PII columns', () => {
    const names = viewColumns('artisans').map((column) => column.name);
    expect(names).not.toContain('nik');
    expect(names).not.toContain('full_name');
    expect(names).not.toContain('phone');
  });
});

describe('isPartitioned', () => {
  it('is true for the three large fact tables only', () => {
    expect(datasetTableNames.filter(isPartitioned)).toEqual([
      'participations',
      'assessments',
      'outcomes',
    ]);
  });
});

describe('tableKey', () => {
  it('reads the key of the layout, and code for regions', () => {
    expect(tableKey('adoptions')).toEqual(['council_id', 'practice_id', 'adopted_on']);
    expect(tableKey('regions')).toEqual(['code']);
    expect(datasetTableNames).toEqual([...tableNames, 'regions']);
  });
});
