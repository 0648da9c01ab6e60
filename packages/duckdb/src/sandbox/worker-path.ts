import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const workerFile = 'sandbox-worker.mjs';

/**
 * The sandbox's worker script on disk. Beside this module when it runs from source (vitest,
 * `vite dev`); otherwise (the package's dist, or the dashboard's server bundle, where this module
 * is part of a chunk) in the @anyam/duckdb package, which ships it in `files`.
 *
 *     sandboxWorkerPath() // '/repo/packages/duckdb/src/sandbox/sandbox-worker.mjs'
 */
export function sandboxWorkerPath(): string {
  // The CommonJS build has no import.meta.url: there this module is the file __filename names.
  const here =
    (import.meta as { url?: string }).url ??
    (typeof __filename === 'string' ? pathToFileURL(__filename).href : '');
  // A variable, not a literal: bundlers must not rewrite this URL into an asset of their own.
  const beside = fileURLToPath(new URL(`./${workerFile}`, here));
  if (existsSync(beside)) return beside;
  const require = createRequire(here);
  const root = dirname(require.resolve('@anyam/duckdb/package.json'));
  return join(root, 'src', 'sandbox', workerFile);
}
