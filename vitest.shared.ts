// Tests import workspace packages from their TypeScript source, so a change in one package is
// seen by the others' tests without a rebuild. Published builds resolve the real `exports`.
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const workspaceAlias = {
  '@anyam/core/reference': here('./packages/core/src/reference/index.ts'),
  '@anyam/core': here('./packages/core/src/index.ts'),
  '@anyam/duckdb': here('./packages/duckdb/src/index.ts'),
  '@anyam/synth': here('./packages/synth/src/index.ts'),
  '@anyam/cli': here('./packages/cli/src/index.ts'),
};

/**
 * With `ANYAM_TEST_REPORT` set (the README's test command sets it), each vitest run also writes
 * a JSON report to `.test-results/NAME.json`, which `scripts/anyam.mjs` sums into one closing
 * line. Without it, vitest's own output is unchanged.
 */
export function testReports(name: string): {
  reporters?: string[];
  outputFile?: { json: string };
} {
  if (!process.env.ANYAM_TEST_REPORT) return {};
  return { reporters: ['default', 'json'], outputFile: { json: `.test-results/${name}.json` } };
}
