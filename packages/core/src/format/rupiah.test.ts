import { describe, expect, it } from 'vitest';
import { formatRupiah } from './rupiah.js';

describe('formatRupiah', () => {
  it('writes miliar, juta and ribu compactly in Indonesian', () => {
    expect(formatRupiah(1_200_000_000, 'id')).toBe('Rp 1,2 M');
    expect(formatRupiah(350_000_000, 'id')).toBe('Rp 350 jt');
    expect(formatRupiah(12_500, 'id')).toBe('Rp 12,5 rb');
    expect(formatRupiah(3_000_000_000_000, 'id')).toBe('Rp 3 T');
  });
  it('writes billions and millions in English', () => {
    expect(formatRupiah(1_200_000_000, 'en')).toBe('Rp 1.2B');
    expect(formatRupiah(350_000_000, 'en')).toBe('Rp 350M');
  });
  it('writes the whole amount when not compact', () => {
    expect(formatRupiah(1_250_000, 'id', { compact: false })).toBe('Rp 1.250.000');
    expect(formatRupiah(1_250_000, 'en', { compact: false })).toBe('Rp 1,250,000');
  });
  it('keeps the sign and reads null as a dash', () => {
    expect(formatRupiah(-2_000_000, 'id')).toBe('-Rp 2 jt');
    expect(formatRupiah(null, 'id')).toBe('–');
  });
});
