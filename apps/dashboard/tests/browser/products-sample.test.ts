// The product strip plot says when a region is drawn from a sample, and of how many (id and en),
// in the chart, its tooltip and the table view; a scope whose regions all fit says nothing. On
// the Banten test dataset: the province's regencies hold more than the sample, its districts not.
import { describe, expect, it } from 'vitest';
import { productSample } from '../../src/lib/product-sample.js';
import { openPage } from './browser.js';
import { settle } from './pages.js';
import { useSnapshotApp } from './snapshot-server.js';

const app = useSnapshotApp();

const frame = '[data-chart="pci-distribution"]';

/** Each sampled region of the answer at `region` and its count, from the API the page reads. */
async function sampledTotals(region: string): Promise<Map<string, number>> {
  const answer = (await (await fetch(`${app.base}/api/products/pci?region=${region}`)).json()) as {
    rows: { region_code: string }[];
    totals?: Record<string, number>;
  };
  return new Map(
    Object.entries(answer.totals ?? {}).filter(
      ([code, n]) => answer.rows.filter((row) => row.region_code === code).length < n,
    ),
  );
}

describe('/competitiveness strip plot sample note', () => {
  it('reads "400 dari N" under each sampled regency, with the sentence in the caption and the table', async () => {
    const totals = await sampledTotals('36');
    expect(totals.size).toBeGreaterThan(0);
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/competitiveness?region=36&lang=id`, { waitUntil: 'networkidle' });
    await settle(page);
    for (const [code, total] of totals) {
      const strip = page.locator(`${frame} g.strip[data-key="${code}"]`);
      expect(await strip.locator('text.sample').textContent()).toBe(
        `${productSample} dari ${total.toLocaleString('id-ID')}`,
      );
      // The median line is a zero-width mark: its mouseenter is dispatched, as a pointer would.
      await strip.locator('line.median').dispatchEvent('mouseenter');
      await expect
        .poll(() => page.locator('[role="tooltip"], .tooltip').first().textContent())
        .toContain(`sampel ${productSample} dari ${total.toLocaleString('id-ID')} produk`);
    }
    expect(await page.locator(`${frame} figcaption`).textContent()).toContain(
      `Wilayah dengan lebih dari ${productSample} produk digambar dengan sampel ${productSample} produk`,
    );
    await page.locator(`${frame} button`, { hasText: 'Tabel' }).click();
    const total = [...totals.values()][0]!;
    const cells = await page.locator(`${frame} tbody tr td:first-child`).allTextContents();
    expect(
      cells.filter((cell) =>
        cell.includes(`(sampel ${productSample} dari ${total.toLocaleString('id-ID')} produk)`),
      ),
    ).toHaveLength(productSample);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says it in English too', async () => {
    const totals = await sampledTotals('36');
    const { page, errors } = await openPage(app.browser, 390);
    await page.goto(`${app.base}/competitiveness?region=36&lang=en`, { waitUntil: 'networkidle' });
    await settle(page);
    const notes = await page.locator(`${frame} text.sample`).allTextContents();
    expect(notes.filter((note) => note !== '').sort()).toEqual(
      [...totals.values()].map((n) => `${productSample} of ${n.toLocaleString('en-US')}`).sort(),
    );
    expect(await page.locator(`${frame} figcaption`).textContent()).toContain(
      `A region with more than ${productSample} products is drawn with a sample of ${productSample}`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says nothing where every region is answered whole (a regency’s districts)', async () => {
    expect((await sampledTotals('36.03')).size).toBe(0);
    const { page, errors } = await openPage(app.browser);
    await page.goto(`${app.base}/competitiveness?region=36.03&lang=id`, {
      waitUntil: 'networkidle',
    });
    await settle(page);
    expect(await page.locator(`${frame} g.strip`).count()).toBeGreaterThan(1);
    const notes = await page.locator(`${frame} text.sample`).allTextContents();
    expect(notes.every((note) => note === '')).toBe(true);
    expect(await page.locator(`${frame} figcaption`).textContent()).not.toContain('sampel');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
