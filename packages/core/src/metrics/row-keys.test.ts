import { describe, expect, it } from 'vitest';
import { rowKeys } from './row-keys.js';

const regions = [
  { code: '36', parent_code: null },
  { code: '36.02', parent_code: '36' },
  { code: '36.01', parent_code: '36' },
  { code: '36.01.01', parent_code: '36.01' },
  { code: '32.01', parent_code: '32' },
];

describe('rowKeys', () => {
  it('lists the children of r sorted, with r first only when an enterprise is coded exactly r', () => {
    expect(rowKeys('36', 'region', regions, [{ region_code: '36.01.01' }])).toEqual([
      '36.01',
      '36.02',
    ]);
    expect(rowKeys('36', 'region', regions, [{ region_code: '36' }])).toEqual([
      '36',
      '36.01',
      '36.02',
    ]);
    expect(rowKeys('36.01', 'region', regions, [])).toEqual(['36.01.01']);
    expect(rowKeys('36.01.01', 'region', regions, [{ region_code: '36.01.01' }])).toEqual([
      '36.01.01',
    ]);
  });
  it('lists the provinces of the reference as the children of the national scope ID', () => {
    expect(rowKeys('ID', 'region', regions, [{ region_code: '36' }])).toEqual(['36']);
    expect(rowKeys('ID', undefined, regions, [])).toEqual(['ID']);
  });
  it('gives the one key r without a breakdown, and enumerations in their order', () => {
    expect(rowKeys('36.01', undefined, regions, [])).toEqual(['36.01']);
    expect(rowKeys('36', 'craft_category', regions, [])[0]).toBe('batik');
    expect(rowKeys('36', 'program_type', regions, [])).toHaveLength(9);
  });
});
