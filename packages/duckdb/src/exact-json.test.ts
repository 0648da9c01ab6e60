import { describe, expect, it } from 'vitest';
import { exactNumber, isWideNumeric } from './exact-json.js';

describe('exactNumber', () => {
  it('turns exact integers and short decimals into numbers and keeps the rest as text', () => {
    expect(exactNumber('42')).toBe(42);
    expect(exactNumber('-7')).toBe(-7);
    expect(exactNumber('9007199254740993')).toBe('9007199254740993');
    expect(exactNumber('1.50')).toBe(1.5);
    expect(exactNumber('123456789.123456789')).toBe('123456789.123456789');
    expect(exactNumber('abc')).toBe('abc');
    expect(exactNumber(null)).toBe(null);
  });
});

describe('isWideNumeric', () => {
  it('recognises the types that come back as strings', () => {
    expect(['BIGINT', 'HUGEINT', 'UBIGINT', 'DECIMAL(18,3)'].map(isWideNumeric)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['INTEGER', 'DOUBLE', 'VARCHAR', 'BIGINT[]'].map(isWideNumeric)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
