#!/usr/bin/env node
// Benchmark of event_study, programs and visit_outcomes (BENCHMARKS.md, "## Metrics: event
// study, programs, visit follow-up"): each through `runMetric` over a dataset (default
// data/national) next to a hand-written DuckDB query of the same numbers. Bundles
// results-metrics-run.ts from the sources first, so no build is needed:
//   node packages/duckdb/bench/results-metrics.mjs [DATASET_DIR]     (BENCH_RUNS=7 by default)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const dataDir = resolve(
  process.argv[2] ?? process.env.ANYAM_BENCH_DATA ?? join(root, 'data/national'),
);
const { build } = await import('tsup');
const outDir = join(here, '../node_modules/.bench');
await build({
  entry: { 'results-metrics-run': join(here, 'results-metrics-run.ts') },
  outDir,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: [/^@anyam\//, 'zod'],
  external: ['@duckdb/node-api'],
  silent: true,
  clean: false,
});
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, nproc ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average before: ${load()}`,
);
const run = spawnSync('node', [join(outDir, 'results-metrics-run.js'), dataDir], {
  stdio: 'inherit',
});
console.log(`load average after: ${load()}`);
process.exit(run.status ?? 1);
