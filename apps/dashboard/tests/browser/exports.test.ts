// Exports fit for a report: the picture carries title, region, year, units and source; the file
// name carries page, chart, region, year and language; CSV headers say units; the XLSX holds
// typed cells (numbers with their formats) and an "About" sheet.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './browser.js';
import { settle } from './pages.js';
import { datasetYears } from './results.js';
import { useSnapshotApp } from './snapshot-server.js';

const app = useSnapshotApp();
let last: number;
beforeAll(async () => {
  last = (await datasetYears(app.base)).last;
});

async function download(page: Page, chart: string, format: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-chart="${chart}"] [data-download="${format}"]`),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** The CSV's rows as cells (the tables here hold no quoted text with commas). */
function csvRows(bytes: Buffer): string[][] {
  return bytes
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
}

/** The "About" sheet as label → value. */
function facts(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  return Object.fromEntries(
    sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1, 3)),
  );
}

describe('chart exports', () => {
  it('in Indonesian: named by page, chart, region, year and language; the SVG says what it shows', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/reach?region=36.03`, { waitUntil: 'networkidle' });
    await settle(page);
    const svg = await download(page, 'reach-by-region', 'svg');
    expect(svg.name).toBe(`anyam-reach-jangkauan-per-wilayah-36.03-${last}-id.svg`);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/<text class="export-title"[^>]*>Jangkauan per wilayah<\/text>/);
    expect(text).toMatch(
      new RegExp(
        `<text class="export-subtitle"[^>]*>Kab. Tangerang, Banten · ${last} · Satuan: % pengrajin terdaftar</text>`,
      ),
    );
    expect(text).toMatch(/<text class="export-source"[^>]*>Sumber: Anyam, data Dekranasda/);
    // The chart itself is inside, with its marks.
    expect(text).toContain('class="chart');
    expect(text).toContain('data-key="36.03.');

    const png = await download(page, 'reach-by-region', 'png');
    expect(png.name).toBe(`anyam-reach-jangkauan-per-wilayah-36.03-${last}-id.png`);
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // Width and height from the PNG header: the caption adds height above and below the chart.
    const pngHeight = png.bytes.readUInt32BE(20) / 2;
    const chartHeight = await page.$eval(
      '[data-chart="reach-by-region"] svg.chart',
      (node) => node.getBoundingClientRect().height,
    );
    expect(pngHeight).toBeGreaterThan(chartHeight + 60);

    const csv = await download(page, 'reach-by-region', 'csv');
    expect(csv.name).toBe(`anyam-reach-jangkauan-per-wilayah-36.03-${last}-id.csv`);
    const [header, first] = csv.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(header).toContain('(proporsi 0–1)');
    expect(header).toContain('(jumlah)');
    // No float noise: at most six decimals.
    expect(first).not.toMatch(/\d\.\d{7,}/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in English the name and the caption are English', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/?lang=en`, { waitUntil: 'networkidle' });
    await settle(page);
    const svg = await download(page, 'reach-trend', 'svg');
    expect(svg.name).toMatch(new RegExp(`^anyam-overview-[a-z-]+-36-${last}-en\\.svg$`));
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(new RegExp(`class="export-subtitle"[^>]*>Banten · ${last} · Units: `));
    expect(text).toMatch(/class="export-source"[^>]*>Source: /);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('XLSX in Indonesian: the table of the CSV with typed cells, a frozen header and a "Tentang" sheet', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/reach?region=36.03`, { waitUntil: 'networkidle' });
    await settle(page);
    const xlsx = await download(page, 'reach-by-region', 'xlsx');
    expect(xlsx.name).toBe(`anyam-reach-jangkauan-per-wilayah-36.03-${last}-id.xlsx`);
    const csv = csvRows((await download(page, 'reach-by-region', 'csv')).bytes);
    const book = await workbook(xlsx.bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Tabel', 'Tentang']);
    const sheet = book.getWorksheet('Tabel')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The CSV's header, a share headed "%" because the sheet shows it as one.
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(csv[0]!.map((label) => label.replace('(proporsi 0–1)', '(%)')));
    expect(header).toEqual(
      expect.arrayContaining(['Tingkat jangkauan (%)', 'Terjangkau (jumlah)']),
    );
    expect(sheet.rowCount).toBe(csv.length);
    const formats = { 'Tingkat jangkauan (%)': '0.0%', 'Terjangkau (jumlah)': '#,##0' };
    let numbers = 0;
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      header.forEach((label, c) => {
        const cell = sheet.getRow(r).getCell(c + 1);
        const text = csv[r - 1]![c]!;
        if (text === '< 5') {
          // Suppressed: the CSV's marker, as text, never a number.
          expect(cell.value).toBe('< 5');
        } else if (c > 0 && text !== '') {
          // Every number the CSV writes is the same number in the sheet, with its format.
          expect(cell.type).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(Number(text));
          const format = formats[label as keyof typeof formats];
          if (format) expect(cell.numFmt).toBe(format);
          numbers += 1;
        } else if (c === 0) expect(cell.value).toBe(text);
      });
    }
    expect(numbers).toBeGreaterThan(10);
    expect(facts(book.getWorksheet('Tentang')!)).toMatchObject({
      Judul: 'Jangkauan per wilayah',
      Wilayah: 'Kab. Tangerang, Banten',
      Tahun: last,
      Satuan: '% pengrajin terdaftar',
      Sumber: expect.stringMatching(/^Anyam, data Dekranasda/),
      Tautan: expect.stringContaining('/reach?region=36.03'),
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('XLSX in English: rupiah as numbers with a rupiah format, an "About" sheet', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/exhibitions?lang=en`, { waitUntil: 'networkidle' });
    await settle(page);
    const xlsx = await download(page, 'exhibition-sales', 'xlsx');
    expect(xlsx.name).toMatch(new RegExp(`^anyam-exhibitions-[a-z-]+-36-${last}-en\\.xlsx$`));
    const book = await workbook(xlsx.bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Table', 'About']);
    const sheet = book.getWorksheet('Table')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const sales = header.indexOf('Sales (Rp)') + 1;
    const exhibitors = header.findIndex((label) => label.startsWith('Exhibitors (')) + 1;
    expect(sales).toBeGreaterThan(0);
    expect(exhibitors).toBeGreaterThan(0);
    const cells = (column: number) =>
      Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(column));
    const numeric = cells(sales).filter((cell) => cell.type === ExcelJS.ValueType.Number);
    expect(numeric.length).toBeGreaterThan(0);
    for (const cell of numeric) {
      expect(cell.numFmt).toBe('"Rp "#,##0');
      expect(Number.isInteger(cell.value)).toBe(true);
    }
    for (const cell of cells(exhibitors).filter((c) => c.type === ExcelJS.ValueType.Number))
      expect(cell.numFmt).toBe('#,##0');
    expect(facts(book.getWorksheet('About')!)).toMatchObject({
      Region: 'Banten',
      Year: last,
      Source: expect.stringMatching(/^Anyam, /),
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('XLSX of the diffusion timeline: its dates are date cells, not text', async () => {
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/network`, { waitUntil: 'networkidle' });
    await settle(page);
    const book = await workbook((await download(page, 'diffusion-timeline', 'xlsx')).bytes);
    const sheet = book.getWorksheet('Tabel')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const firstVisit = header.indexOf('Kunjungan pertama') + 1;
    expect(firstVisit).toBeGreaterThan(0);
    expect(sheet.rowCount).toBeGreaterThan(1);
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const cell = sheet.getRow(r).getCell(firstVisit);
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe('yyyy-mm-dd');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('download buttons say what they download', async () => {
    const { page } = await openPage(app.browser);
    await page.goto(`${app.base}/reach`, { waitUntil: 'networkidle' });
    await settle(page);
    expect(
      await page.getAttribute('[data-chart="reach-by-region"] [data-download="png"]', 'aria-label'),
    ).toBe('Unduh grafik Jangkauan per wilayah sebagai PNG');
    expect(
      await page.getAttribute(
        '[data-chart="reach-by-region"] [data-download="xlsx"]',
        'aria-label',
      ),
    ).toBe('Unduh tabel Jangkauan per wilayah sebagai XLSX');
    await page.goto(`${app.base}/reach?lang=en`, { waitUntil: 'networkidle' });
    await settle(page);
    expect(
      await page.getAttribute('[data-chart="reach-by-region"] [data-download="png"]', 'aria-label'),
    ).toBe('Download the Reach by region chart as PNG');
    expect(
      await page.getAttribute(
        '[data-chart="reach-by-region"] [data-download="xlsx"]',
        'aria-label',
      ),
    ).toBe('Download the Reach by region table as XLSX');
    await page.context().close();
  });
});
