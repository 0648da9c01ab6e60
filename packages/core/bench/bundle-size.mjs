#!/usr/bin/env node
// What a browser app pays for an import of @anyam/core: bundles a one-line entry per import with
// esbuild (minified, browser platform, as an app's bundler would) against the built `dist/`, and
// prints the minified and gzipped sizes. `--max-gzip NAME=BYTES` fails when that entry is over.
//
//   node bench/bundle-size.mjs                              (after `pnpm build`)
//   node bench/bundle-size.mjs --max-gzip formatRupiah=15360
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));

/** Each entry: what it imports from the package, as an app would write it. */
export const entries = {
  formatRupiah: "import { formatRupiah } from '@anyam/core'; console.log(formatRupiah(1));",
  reach: "import { reach } from '@anyam/core'; console.log(reach);",
  schemas: "import { tableSchemas } from '@anyam/core'; console.log(tableSchemas);",
  everything: "import * as core from '@anyam/core'; console.log(core);",
};

/**
 * The minified and gzipped byte sizes of bundling `source` for the browser, with `@anyam/core`
 * resolved to the package in `dir` (its `exports` and `sideEffects`, as from node_modules).
 *
 *     await bundleSize("import { formatRupiah } from '@anyam/core'; ...") // { minified: 1234, gzip: 600 }
 */
export async function bundleSize(source, dir = packageDir) {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    alias: { '@anyam/core': dir },
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzip: gzipSync(code).byteLength };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const limits = new Map();
  const at = process.argv.indexOf('--max-gzip');
  if (at > 0) {
    for (const pair of process.argv.slice(at + 1)) {
      const [name, bytes] = pair.split('=');
      limits.set(name, Number(bytes));
    }
  }
  let over = false;
  for (const [name, source] of Object.entries(entries)) {
    const { minified, gzip } = await bundleSize(source);
    const limit = limits.get(name);
    const verdict =
      limit === undefined ? '' : gzip <= limit ? `  (<= ${limit})` : `  OVER ${limit}`;
    if (limit !== undefined && gzip > limit) over = true;
    console.log(
      `${name.padEnd(14)} ${(minified / 1024).toFixed(1).padStart(7)} KB minified ${(gzip / 1024).toFixed(1).padStart(7)} KB gzipped${verdict}`,
    );
  }
  if (over) process.exit(1);
}
