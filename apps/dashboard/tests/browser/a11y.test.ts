// axe-core on every page in both languages: no serious or critical violation.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser.js';
import { pagePaths, settle } from './pages.js';
import { startSnapshotServer } from './snapshot-server.js';
import type { RunningServer } from './server.js';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

let browser: Browser;
let server: RunningServer;
let base: string;
beforeAll(async () => {
  server = await startSnapshotServer(inject('dataDir'));
  base = server.url;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('axe-core', () => {
  const cases = pagePaths.flatMap((path) =>
    (['id', 'en'] as const).map((lang) => [path, lang] as const),
  );
  it.each(cases)('%s (%s) has no serious or critical violation', async (path, lang) => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${path}${lang === 'en' ? '?lang=en' : ''}`, {
      waitUntil: 'networkidle',
    });
    await settle(page);
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy refuses inline scripts.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(options: object): Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      // label-content-name-mismatch is experimental in axe and off by default; a control whose
      // name does not start with what it shows is exactly what voice control users trip over.
      const result = await axe.run({
        rules: { 'label-content-name-mismatch': { enabled: true } },
      });
      return result.violations;
    });
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.nodes.length}): ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(' | ')}`,
      );
    if (process.env.AXE_REPORT)
      console.log(
        `AXE ${path} ${lang}: ${violations.map((v) => `${v.id}[${v.impact}]x${v.nodes.length}`).join(', ')}`,
      );
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
