// axe-core in a page of the built app: every violation, or the serious and critical ones as
// short lines a test can compare with [].
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** What a test reads of one axe-core violation. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Where axe looks: `include` lists selectors (each as axe's one-element array); all the page if none. */
export interface AxeScope {
  include?: string[][];
  /** axe's rule switches, such as `{ 'label-content-name-mismatch': { enabled: true } }`. */
  rules?: Record<string, { enabled: boolean }>;
}

/**
 * Every axe-core violation in `page` (or in `scope.include`).
 *
 *     await axeViolations(page, { include: [['.network']] }) // [{ id: 'color-contrast', impact: 'serious', … }]
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async ({ include, rules }) => {
    const axe = (
      window as unknown as {
        axe: { run(...args: object[]): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const options = rules ? [{ rules }] : [];
    const result = include ? await axe.run({ include }, ...options) : await axe.run(...options);
    // Only what the tests read: the rest (every node's whole check result) is large.
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, html }) => ({ target, html })),
    }));
  }, scope);
}

/**
 * The serious and critical ones of `violations`, each as `rule (count): help — first targets`.
 *
 *     seriousOf([{ id: 'color-contrast', impact: 'serious', help: 'Elements must meet …', nodes }])
 *     // ['color-contrast (2): Elements must meet … — .legend text | .axis text']
 */
export function seriousOf(violations: readonly AxeViolation[]): string[] {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.nodes.length}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

/**
 * axe-core's serious and critical violations in `page` (or in `scope.include`): [] when none.
 *
 *     expect(await seriousViolations(page)).toEqual([]);
 */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  return seriousOf(await axeViolations(page, scope));
}
