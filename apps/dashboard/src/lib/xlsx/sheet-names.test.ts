import { describe, expect, it } from 'vitest';
import { sheetNames } from './sheet-names.js';

describe('sheetNames', () => {
  it('drops characters Excel refuses, cuts to 31 and makes names unique', () => {
    expect(sheetNames(['Tabel', 'Data: 2025/26', 'tabel', "'x'", '', 'a'.repeat(40)])).toEqual([
      'Tabel',
      'Data 2025 26',
      'tabel (2)',
      'x',
      'Sheet5',
      'a'.repeat(31),
    ]);
  });
});
