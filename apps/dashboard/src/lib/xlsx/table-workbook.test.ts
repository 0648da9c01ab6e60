import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTable } from '../charts/export-table.js';
import { tableCsv } from '../charts/download.js';
import { tableWorkbook, type TableAbout } from './table-workbook.js';
import { writeXlsx } from './write-xlsx.js';
import type { TableSpec } from '../charts/types.js';

const table: TableSpec = {
  columns: [
    { key: 'region', label: 'Wilayah' },
    { key: 'reach_rate', label: 'Tingkat', kind: 'percent' },
    { key: 'reached', label: 'Terjangkau', kind: 'count' },
    { key: 'sales', label: 'Omzet (Rp)', kind: 'rupiah' },
    { key: 'effect', label: 'Efek', kind: 'signedPercent' },
    { key: 'ratio', label: 'Rasio', kind: 'ratio' },
    { key: 'first_visit', label: 'Kunjungan pertama' },
    { key: 'year', label: 'Tahun' },
  ],
  rows: [
    {
      region: 'Kab. Lebak',
      reach_rate: 0.1254999999999,
      reached: 1234,
      sales: 1_250_000_000,
      effect: 6.5,
      ratio: 1,
      first_visit: '2024-03-01',
      year: 2025,
    },
    {
      region: '=HYPERLINK("http://x","klik")',
      reach_rate: null,
      reached: null,
      sales: null,
      effect: -3.25,
      ratio: null,
      first_visit: null,
      year: 2025,
      suppressed: ['reached', 'reach_rate'],
    },
    { region: '36.03', reach_rate: 0, reached: 0, first_visit: '2024-02-30', year: 2024 },
    { region: '', reach_rate: 0.5, year: 2024 },
  ],
};

const about: TableAbout = {
  title: 'Jangkauan per wilayah',
  region: 'Banten',
  year: 2025,
  units: '% pengrajin terdaftar',
  source: 'Anyam, data Dekranasda Banten 2025',
  note: 'Satu catatan.',
  link: 'http://localhost/reach?region=36&year=2025',
  downloaded: new Date(2026, 0, 5, 0, 30),
};

async function workbookOf(spec: TableSpec, lang: 'id' | 'en', facts = about) {
  const workbook = new ExcelJS.Workbook();
  const bytes = writeXlsx(tableWorkbook(exportTable(spec, lang, 'xlsx'), facts, lang));
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('tableWorkbook', () => {
  it('types each cell by its column: numbers with formats, dates as dates, text as text', async () => {
    const sheet = (await workbookOf(table, 'id')).getWorksheet('Tabel')!;
    const row = (r: number) =>
      table.columns.map((_, c) => {
        const cell = sheet.getRow(r).getCell(c + 1);
        return [cell.value, cell.numFmt ?? null];
      });
    expect(row(2)).toEqual([
      ['Kab. Lebak', null],
      // Rounded to six decimals like the CSV; the fraction, shown as a percent.
      [0.1255, '0.0%'],
      [1234, '#,##0'],
      [1_250_000_000, '"Rp "#,##0'],
      // A signed percent (6.5 = +6,5%) is stored as its fraction like every share.
      [0.065, '+0.0%;-0.0%;0.0%'],
      [1, '0.00'],
      [new Date(Date.UTC(2024, 2, 1)), 'yyyy-mm-dd'],
      [2025, null],
    ]);
  });

  it('writes suppressed cells as the CSV marker text, never a number, and empty values empty', async () => {
    const sheet = (await workbookOf(table, 'id')).getWorksheet('Tabel')!;
    const csvRow = tableCsv(exportTable(table, 'id', 'csv'), 'id').split('\r\n')[2]!;
    expect(sheet.getCell('B3').value).toBe('< 5');
    expect(sheet.getCell('C3').value).toBe('< 5');
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(csvRow.split(',').slice(-7, -5)).toEqual(['< 5', '< 5']);
    expect(sheet.getCell('D3').value).toBeNull();
    expect(sheet.getCell('E3').value).toBe(-0.0325);
    // A formula-like name stays the text it was, a string cell.
    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("http://x","klik")');
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    // Zero is zero; a code stays text; a text that is not a real date stays text.
    expect(sheet.getCell('B4').value).toBe(0);
    expect(sheet.getCell('A4').value).toBe('36.03');
    expect(sheet.getCell('G4').value).toBe('2024-02-30');
    // An empty text is an empty cell, as in the CSV.
    expect(sheet.getCell('A5').value).toBeNull();
  });

  it('heads the columns with the CSV labels and units, percent as "%", header frozen and bold', async () => {
    const sheet = (await workbookOf(table, 'id')).getWorksheet('Tabel')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Wilayah',
      'Tingkat (%)',
      'Terjangkau (jumlah)',
      'Omzet (Rp)',
      'Efek (%)',
      'Rasio (rasio)',
      'Kunjungan pertama',
      'Tahun',
    ]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Wide enough for the longest value: the formula-like name, 29 characters.
    expect(sheet.getColumn(1).width).toBe(31);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(8);
  });

  it('in English the sheets, headers and notes are English', async () => {
    const workbook = await workbookOf(table, 'en');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Table', 'About']);
    expect(workbook.getWorksheet('Table')!.getCell('C1').value).toBe('Terjangkau (count)');
    const facts = workbook.getWorksheet('About')!.getColumn(1).values.slice(1);
    expect(facts).toEqual([
      'Title',
      'Region',
      'Year',
      'Units',
      'Source',
      'Note',
      'Privacy',
      'Link',
      'Downloaded',
    ]);
  });

  it('says on "Tentang" what the picture says: title, region, year, units, source, the suppression note', async () => {
    const sheet = (await workbookOf(table, 'id')).getWorksheet('Tentang')!;
    const facts = Object.fromEntries(
      sheet
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1, 3)),
    );
    expect(facts).toEqual({
      Judul: 'Jangkauan per wilayah',
      Wilayah: 'Banten',
      Tahun: 2025,
      Satuan: '% pengrajin terdaftar',
      Sumber: 'Anyam, data Dekranasda Banten 2025',
      Catatan: 'Satu catatan.',
      Privasi: '“< 5”: disembunyikan karena kurang dari 5 orang/unit, untuk melindungi privasi.',
      Tautan: 'http://localhost/reach?region=36&year=2025',
      // The reader's calendar day, as a date.
      Diunduh: new Date(Date.UTC(2026, 0, 5)),
    });
  });

  it('leaves the suppression note and the note out when there is nothing to say', async () => {
    const plain = { ...table, rows: table.rows.map((row) => ({ ...row, suppressed: [] })) };
    const sheet = (await workbookOf(plain, 'id', { ...about, note: null })).getWorksheet(
      'Tentang',
    )!;
    const labels = sheet.getColumn(1).values.slice(1);
    expect(labels).not.toContain('Privasi');
    expect(labels).not.toContain('Catatan');
    expect(labels).toContain('Sumber');
  });
});
