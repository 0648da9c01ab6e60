// At phone width (390 px): no horizontal scroll, every control at least 24 px, sliders work by
// drag and by keys, cut region names keep their full name in a tooltip and the table.
import { describe, expect, it } from 'vitest';
import { openPage } from './browser.js';
import { pagePaths, settle } from './pages.js';
import { screenshots } from './results.js';
import { useSnapshotApp } from './snapshot-server.js';

const phone = 390;

const app = useSnapshotApp();

describe('at 390 px', () => {
  it.each(pagePaths)('%s has no horizontal scroll and no control under 24 px', async (path) => {
    const { page, errors } = await openPage(app.browser, phone);
    await page.goto(`${app.base}${path}`, { waitUntil: 'networkidle' });
    await settle(page);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    // Controls a finger must hit; links inside running text are exempt (WCAG 2.5.8).
    const small = await page.$$eval(
      'button, select, input, textarea, nav a, .lang a, summary, [role="button"]:not(g)',
      (nodes) =>
        nodes
          .filter((node) => {
            const box = node.getBoundingClientRect();
            const style = getComputedStyle(node);
            return box.width > 0 && style.visibility !== 'hidden' && !node.closest('[hidden]');
          })
          .map((node) => {
            const box = node.getBoundingClientRect();
            return {
              what: `${node.tagName.toLowerCase()} "${(node.textContent ?? '').trim().slice(0, 30) || node.getAttribute('aria-label') || node.getAttribute('name')}"`,
              width: Math.round(box.width),
              height: Math.round(box.height),
            };
          })
          .filter((control) => control.width < 24 || control.height < 24),
    );
    expect(small).toEqual([]);
    // No chart text runs past its card (where it would be cut off or spill over the page).
    const spilled = await page.$$eval('figure[data-chart] svg.chart text', (texts) =>
      texts
        .filter((text) => text.textContent && getComputedStyle(text).opacity !== '0')
        .filter((text) => !text.closest('[opacity="0"]'))
        .map((text) => {
          const box = text.getBoundingClientRect();
          const card = text.closest('figure')!.getBoundingClientRect();
          return {
            chart: text.closest('figure')!.getAttribute('data-chart'),
            text: text.textContent,
            out: Math.round(Math.max(card.left - box.left, box.right - card.right)),
          };
        })
        .filter((text) => text.out > 1),
    );
    expect(spilled).toEqual([]);
    if (path === '/' || path === '/competitiveness')
      await page.screenshot({
        path: `${screenshots}phone-${path === '/' ? 'overview' : 'competitiveness'}.png`,
        fullPage: true,
      });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a weight slider follows a mouse drag and a finger drag, and the ranking follows it', async () => {
    const context = await app.browser.newContext({
      viewport: { width: phone, height: 900 },
      hasTouch: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.base}/competitiveness`, { waitUntil: 'networkidle' });
    await settle(page);
    const ranking = () =>
      page.$$eval('[data-chart="ranking"] g.rank', (nodes) =>
        nodes.map((node) => node.getAttribute('aria-label')).join(' | '),
      );
    const shown = (name: string) => page.textContent(`input[name="weight-${name}"] + output`);
    const before = await ranking();
    expect(await shown('quality')).toBe('25%');

    // The mouse: press on the thumb (the middle of the track at 0.25 of 0–1 is left of centre),
    // drag to the track's right end.
    const quality = page.locator('input[name="weight-quality"]');
    await quality.scrollIntoViewIfNeeded();
    const track = (await quality.boundingBox())!;
    expect(track.width).toBeGreaterThanOrEqual(96);
    const y = track.y + track.height / 2;
    await page.mouse.move(track.x + track.width * 0.25, y);
    await page.mouse.down();
    for (const step of [0.4, 0.6, 0.8, 1])
      await page.mouse.move(track.x + track.width * step + 4, y);
    await page.mouse.up();
    // Quality at 1 against three weights of 0.25: 1 / 1.75 = 57%.
    expect(await quality.inputValue()).toBe('1');
    expect(await shown('quality')).toBe('57%');

    // A finger: touch events through the DevTools protocol, dragging compliance to zero.
    const compliance = page.locator('input[name="weight-compliance"]');
    await compliance.scrollIntoViewIfNeeded();
    const box = (await compliance.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const at = (fraction: number) => [
      { x: box.x + box.width * fraction, y: box.y + box.height / 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.25) });
    for (const fraction of [0.18, 0.1, 0.04, 0])
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: Math.max(box.x - 6, box.x + box.width * fraction - 6), y: at(0)[0]!.y }],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    expect(await compliance.inputValue()).toBe('0');
    expect(await shown('compliance')).toBe('0%');
    // The chart redraws and the URL keeps the weights once the hand rests.
    await page.waitForURL((url) => url.searchParams.get('weights') === '1,0.25,0.25,0');
    await page.waitForTimeout(700);
    expect(await ranking()).not.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a region name cut to fit keeps its full name in a tooltip and in the table', async () => {
    const { page, errors } = await openPage(app.browser, phone);
    await page.goto(`${app.base}/competitiveness`, { waitUntil: 'networkidle' });
    await settle(page);
    const cut = await page.$$eval('[data-chart="rca"] svg.chart text.row', (texts) =>
      texts
        .filter((text) => text.firstChild?.textContent?.endsWith('…'))
        .map((text) => ({
          shown: text.firstChild?.textContent ?? '',
          full: text.querySelector('title')?.textContent ?? null,
        })),
    );
    expect(cut.length).toBeGreaterThan(0);
    for (const label of cut) {
      expect(label.full, label.shown).not.toBeNull();
      expect(label.full!.startsWith(label.shown.slice(0, -1))).toBe(true);
    }
    await page.click('[data-chart="rca"] button[aria-pressed="false"]');
    const cells = await page.$$eval('[data-chart="rca"] tbody td:first-child', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    for (const label of cut) expect(cells).toContain(label.full);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
