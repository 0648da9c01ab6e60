import { describe, expect, it } from 'vitest';
import { excelDate } from './excel-date.js';

describe('excelDate', () => {
  it("gives Excel's serial of an ISO date", () => {
    expect(excelDate('1900-03-01')).toBe(61);
    expect(excelDate('1970-01-01')).toBe(25569);
    expect(excelDate('2024-03-01')).toBe(45352);
    expect(excelDate('2025-12-31')).toBe(46022);
  });

  it('is null for text that is not a real date', () => {
    expect(excelDate('2024-02-30')).toBeNull();
    expect(excelDate('2024-13-01')).toBeNull();
    expect(excelDate('36.03')).toBeNull();
    expect(excelDate('2024-03-01T10:00')).toBeNull();
    expect(excelDate('Kab. Lebak')).toBeNull();
    expect(excelDate('1900-01-01')).toBeNull();
  });
});
