import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from './write-xlsx.js';
import type { XlsxWorkbook } from './types.js';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

const sample: XlsxWorkbook = {
  title: 'Jangkauan & "kota"',
  sheets: [
    {
      name: 'Tabel',
      rows: [
        [
          { text: 'Wilayah', bold: true, wrap: true },
          { text: 'Tingkat (%)', bold: true },
        ],
        [{ text: 'Kab. Lebak' }, { number: 0.125, format: '0.0%' }],
        [{ text: 'Kota <Serang> & co' }, { number: 1234567, format: '"Rp "#,##0' }],
        [null, { number: Number.NaN, format: '0.0%' }],
      ],
      widths: [20, 12],
      frozenRows: 1,
    },
    {
      name: 'Tentang',
      rows: [[{ text: 'Judul', bold: true }, { text: 'Jangkauan' }]],
      widths: [16, 90],
    },
  ],
};

describe('writeXlsx', () => {
  it('writes a zip whose first part is the content types', () => {
    const bytes = writeXlsx(sample);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // The first local file header's name starts at byte 30.
    expect(strFromU8(bytes.subarray(30, 30 + 19))).toBe('[Content_Types].xml');
  });

  it('reads back with numbers as numbers, their formats, texts, and the sheets in order', async () => {
    const workbook = await readBack(writeXlsx(sample));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tabel', 'Tentang']);
    const sheet = workbook.getWorksheet('Tabel')!;
    expect(sheet.getCell('A1').value).toBe('Wilayah');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('B2').value).toBe(0.125);
    expect(sheet.getCell('B2').numFmt).toBe('0.0%');
    expect(sheet.getCell('A3').value).toBe('Kota <Serang> & co');
    expect(sheet.getCell('B3').value).toBe(1234567);
    expect(sheet.getCell('B3').numFmt).toBe('"Rp "#,##0');
    // Not a number and empty are both an empty cell, never 0.
    expect(sheet.getCell('A4').value).toBeNull();
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.title).toBe('Jangkauan & "kota"');
  });

  it('keeps text that starts like a formula a string cell: no <f>, shown as typed, quote-prefixed', async () => {
    const attacks = ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const bytes = writeXlsx({
      title: 'x',
      sheets: [{ name: 'S', rows: attacks.map((text) => [{ text }]), widths: [10] }],
    });
    const xml = parts(bytes);
    expect(xml['xl/worksheets/sheet1.xml']).not.toContain('<f');
    expect(xml['xl/worksheets/sheet1.xml']).not.toContain('inlineStr');
    expect(xml['xl/worksheets/sheet1.xml']?.match(/t="s"/g)).toHaveLength(attacks.length);
    expect(xml['xl/styles.xml']).toContain('quotePrefix="1"');
    const sheet = (await readBack(bytes)).getWorksheet('S')!;
    expect(attacks.map((_, i) => sheet.getCell(`A${i + 1}`).value)).toEqual(attacks);
    expect(attacks.map((_, i) => sheet.getCell(`A${i + 1}`).type)).toEqual(
      attacks.map(() => ExcelJS.ValueType.String),
    );
  });

  it('escapes XML special and control characters in texts, sheet names and the title', async () => {
    const nasty = 'a<b>&"c"\u0001\u0008\u000b\u001f\r\n\t_x0041_ \ud800 </t></si>';
    const bytes = writeXlsx({
      title: nasty,
      sheets: [{ name: 'A&B <1>', rows: [[{ text: nasty }]], widths: [10] }],
    });
    const xml = parts(bytes);
    expect(xml['xl/sharedStrings.xml']).toContain(
      'a&lt;b&gt;&amp;&quot;c&quot;_x0001__x0008__x000B__x001F__x000D_\n\t_x005F_x0041_ \ufffd &lt;/t&gt;&lt;/si&gt;',
    );
    const workbook = await readBack(bytes);
    expect(workbook.worksheets[0]?.name).toBe('A&B <1>');
    // What Excel decodes: the control characters come back, the literal _x0041_ stays literal.
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe(
      'a<b>&"c"\u0001\u0008\u000b\u001f\r\n\t_x0041_ \ufffd </t></si>',
    );
  });

  it('cuts a text longer than Excel holds in a cell (32,767 characters)', async () => {
    const bytes = writeXlsx({
      title: 'x',
      sheets: [
        { name: 'S', rows: [[{ text: 'a'.repeat(40_000) }, { text: 'b' }]], widths: [10, 10] },
      ],
    });
    const sheet = (await readBack(bytes)).getWorksheet('S')!;
    expect(sheet.getCell('A1').value).toBe('a'.repeat(32_767));
    expect(sheet.getCell('B1').value).toBe('b');
  });

  it('writes 10,000 rows that read back whole, texts shared once', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      { text: `Desa ${i % 50}` },
      { number: i, format: '#,##0' },
      { number: i / 10_000, format: '0.0%' },
    ]);
    const bytes = writeXlsx({
      title: 'big',
      sheets: [{ name: 'S', rows, widths: [12, 10, 10] }],
    });
    const xml = parts(bytes);
    expect(xml['xl/sharedStrings.xml']).toContain('count="10000" uniqueCount="50"');
    const sheet = (await readBack(bytes)).getWorksheet('S')!;
    expect(sheet.rowCount).toBe(10_000);
    expect(sheet.getCell('A10000').value).toBe('Desa 49');
    expect(sheet.getCell('B10000').value).toBe(9_999);
    expect(sheet.getCell('C10000').value).toBe(0.9999);
    expect(sheet.getCell('C10000').numFmt).toBe('0.0%');
    // Deflated: far smaller than the XML it holds.
    expect(bytes.length).toBeLessThan(xml['xl/worksheets/sheet1.xml']!.length / 4);
  });
});
