// Exports fit for a report: the picture carries title, region, year, units and source; the file
// name carries page, chart, region, year and language; CSV headers say units.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser.js';
import { settle } from './pages.js';
import { startSnapshotServer } from './snapshot-server.js';
import type { RunningServer } from './server.js';

let browser: Browser;
let server: RunningServer;
let base: string;
let last: number;
beforeAll(async () => {
  server = await startSnapshotServer(inject('dataDir'));
  base = server.url;
  browser = await launch();
  last = ((await (await fetch(`${base}/api/health`)).json()) as { dataset: { last_year: number } })
    .dataset.last_year;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function download(page: Page, chart: string, format: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-chart="${chart}"] [data-download="${format}"]`),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
}

describe('chart exports', () => {
  it('in Indonesian: named by page, chart, region, year and language; the SVG says what it shows', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/reach?region=36.03`, { waitUntil: 'networkidle' });
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
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/?lang=en`, { waitUntil: 'networkidle' });
    await settle(page);
    const svg = await download(page, 'reach-trend', 'svg');
    expect(svg.name).toMatch(new RegExp(`^anyam-overview-[a-z-]+-36-${last}-en\\.svg$`));
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(new RegExp(`class="export-subtitle"[^>]*>Banten · ${last} · Units: `));
    expect(text).toMatch(/class="export-source"[^>]*>Source: /);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('download buttons say what they download', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}/reach`, { waitUntil: 'networkidle' });
    await settle(page);
    expect(
      await page.getAttribute('[data-chart="reach-by-region"] [data-download="png"]', 'aria-label'),
    ).toBe('Unduh grafik Jangkauan per wilayah sebagai PNG');
    await page.goto(`${base}/reach?lang=en`, { waitUntil: 'networkidle' });
    await settle(page);
    expect(
      await page.getAttribute('[data-chart="reach-by-region"] [data-download="png"]', 'aria-label'),
    ).toBe('Download the Reach by region chart as PNG');
    await page.context().close();
  });
});
