import { describe, expect, it } from 'vitest';
import { indonesiaRegions } from '../reference/index.js';
import { regionIndex } from './reference.js';

describe('regionIndex', () => {
  const index = regionIndex(indonesiaRegions());

  it("lists Banten's eight regencies and cities as the children of 36", () => {
    expect(index.children('36').map((region) => region.code)).toEqual([
      '36.01',
      '36.02',
      '36.03',
      '36.04',
      '36.71',
      '36.72',
      '36.73',
      '36.74',
    ]);
    expect(index.name('36.03')).toBe('Kabupaten Tangerang');
  });

  it('gives districts as the children of a regency and all levels as descendants', () => {
    const districts = index.children('36.02');
    expect(districts.length).toBeGreaterThan(20);
    expect(
      districts.every((region) => region.level === 'district' && region.parent_code === '36.02'),
    ).toBe(true);
    expect(index.descendants('36').length).toBe(
      8 + index.children('36').reduce((n, r) => n + index.children(r.code).length, 0),
    );
  });

  it('knows every province and does not know a made-up code', () => {
    expect(index.children('36').length).toBe(8);
    expect(indonesiaRegions().filter((region) => region.level === 'province').length).toBe(38);
    expect(index.has('36.99')).toBe(false);
  });

  it('knows the national scope ID: named Indonesia, the 38 provinces as its children, no row', () => {
    expect(index.has('ID')).toBe(true);
    expect(index.name('ID')).toBe('Indonesia');
    const provinces = index.children('ID');
    expect(provinces.length).toBe(38);
    expect(provinces.every((region) => region.level === 'province')).toBe(true);
    expect(provinces.map((region) => region.code)).toEqual(
      [...provinces.map((region) => region.code)].sort(),
    );
    expect(index.get('ID')).toBeUndefined();
    expect(index.regions.some((region) => region.code === 'ID')).toBe(false);
    expect(index.descendants('ID').length).toBe(index.regions.length);
  });
});
