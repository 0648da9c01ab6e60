import { describe, expect, it } from 'vitest';
import { formatInteger, formatNumber, formatPercent } from './number.js';

describe('formatNumber', () => {
  it('groups and decimals per language', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
  it('reads missing values as a dash, never 0 or NaN', () => {
    expect(formatNumber(null, 'id')).toBe('–');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });
});

describe('formatInteger', () => {
  it('rounds and groups thousands', () => {
    expect(formatInteger(1234, 'id')).toBe('1.234');
    expect(formatInteger(1234.6, 'en')).toBe('1,235');
  });
});

describe('formatPercent', () => {
  it('writes 12,5% in Indonesian and 12.5% in English', () => {
    expect(formatPercent(0.125, 'id')).toBe('12,5%');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
    expect(formatPercent(undefined, 'en')).toBe('–');
  });
});
