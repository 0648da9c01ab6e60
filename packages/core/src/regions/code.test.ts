import { describe, expect, it } from 'vitest';
import { childOf, isInRegion, parentCode, regionLevel } from './code.js';

describe('isInRegion', () => {
  it('accepts the region itself and codes below it', () => {
    expect(isInRegion('36', '36')).toBe(true);
    expect(isInRegion('36.01', '36')).toBe(true);
    expect(isInRegion('36.01.05', '36.01')).toBe(true);
  });
  it('rejects codes that only share a prefix', () => {
    expect(isInRegion('36.010', '36.01')).toBe(false);
    expect(isInRegion('361', '36')).toBe(false);
    expect(isInRegion('36', '36.01')).toBe(false);
  });
});

describe('regionLevel and parentCode', () => {
  it('read the level from the number of parts', () => {
    expect(regionLevel('36')).toBe('province');
    expect(regionLevel('36.03')).toBe('regency');
    expect(regionLevel('36.03.12')).toBe('district');
  });
  it('go one level up', () => {
    expect(parentCode('36.03.12')).toBe('36.03');
    expect(parentCode('36.03')).toBe('36');
    expect(parentCode('36')).toBeNull();
  });
});

describe('childOf', () => {
  it('names the child of the scope that holds a code', () => {
    expect(childOf('36.03.12', '36')).toBe('36.03');
    expect(childOf('36.03', '36')).toBe('36.03');
    expect(childOf('36.03.12', '36.03')).toBe('36.03.12');
  });
  it('is null for the scope itself and for codes outside it', () => {
    expect(childOf('36', '36')).toBeNull();
    expect(childOf('32.01', '36')).toBeNull();
  });
});

describe('the national scope ID', () => {
  it('holds every code, with the provinces as its children', () => {
    expect(isInRegion('36', 'ID')).toBe(true);
    expect(isInRegion('32.04.11', 'ID')).toBe(true);
    expect(childOf('32.04.11', 'ID')).toBe('32');
    expect(childOf('36', 'ID')).toBe('36');
  });
  it('leaves the codes below it as they were', () => {
    expect(isInRegion('ID', '36')).toBe(false);
    expect(parentCode('36')).toBeNull();
    expect(childOf('36.03.12', '36')).toBe('36.03');
  });
});
