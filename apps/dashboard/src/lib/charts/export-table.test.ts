import { describe, expect, it } from 'vitest';
import { exportTable } from './export-table.js';
import type { TableSpec } from './types.js';

const table: TableSpec = {
  columns: [
    { key: 'region', label: 'Wilayah' },
    { key: 'rate', label: 'Tingkat', kind: 'percent' },
    { key: 'n', label: 'Terjangkau', kind: 'count' },
    { key: 'sales', label: 'Omzet (Rp)', kind: 'rupiah' },
  ],
  rows: [{ region: 'Kab. Lebak', rate: 0.12345678901, n: 3, sales: 12.3456789, suppressed: ['n'] }],
};

describe('exportTable', () => {
  it('puts the CSV unit in each number header, keeps a header that names its unit', () => {
    expect(exportTable(table, 'id', 'csv').columns.map((column) => column.label)).toEqual([
      'Wilayah',
      'Tingkat (proporsi 0–1)',
      'Terjangkau (jumlah)',
      'Omzet (Rp)',
    ]);
    expect(exportTable(table, 'en', 'csv').columns[1]?.label).toBe('Tingkat (share 0–1)');
  });

  it('heads a share "%" in a workbook, which shows it as a percent', () => {
    expect(exportTable(table, 'id', 'xlsx').columns.map((column) => column.label)).toEqual([
      'Wilayah',
      'Tingkat (%)',
      'Terjangkau (jumlah)',
      'Omzet (Rp)',
    ]);
  });

  it('rounds numbers to six decimals and keeps text and suppression as they were', () => {
    const [row] = exportTable(table, 'id', 'csv').rows;
    expect(row).toEqual({
      region: 'Kab. Lebak',
      rate: 0.123457,
      n: 3,
      sales: 12.345679,
      suppressed: ['n'],
    });
    // The page's own table is left alone.
    expect(table.rows[0]?.rate).toBe(0.12345678901);
  });
});
