#!/usr/bin/env node
// Generate benchmark (recorded in BENCHMARKS.md, "## Generate"). Run by `pnpm bench` in
// packages/synth, or alone from the repository root:
//   node packages/synth/bench/generate.mjs [banten] [national] [--cli] [--out DIR]
//
// For each scale it runs, under `/usr/bin/time -v`, a whole generation: generate() in an
// in-memory DuckDB plus writeDataset() to Parquet — through the built CLI
// (`node packages/cli/dist/bin.js generate ...`) with --cli, else through a bundle of
// bench/run-generate.ts built here from the sources — and reports wall time, peak resident
// memory (the goal at national scale: under 60 s and 2 GiB) and the dataset's size on disk.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const args = process.argv.slice(2);
const useCli = args.includes('--cli');
const outIndex = args.indexOf('--out');
const outBase = resolve(outIndex >= 0 ? args[outIndex + 1] : '/tmp/anyam-bench-generate');
const scales = args.filter((arg) => arg === 'banten' || arg === 'national');
if (scales.length === 0) scales.push('banten', 'national');

async function buildRunner() {
  const { build } = await import('tsup');
  // Inside the package's node_modules so that the bundle resolves @duckdb/node-api from there.
  const outDir = join(here, '../node_modules/.bench');
  await build({
    entry: { 'run-generate': join(here, 'run-generate.ts') },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: [/^@anyam\//, 'zod', 'idn-area-data'],
    external: ['@duckdb/node-api'],
    tsconfig: join(here, '../tsconfig.json'),
    silent: true,
    clean: true,
  });
  return join(outDir, 'run-generate.js');
}

function parseTime(stderr) {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(stderr);
  const seconds = wall ? wall[1].split(':').reduce((sum, part) => sum * 60 + Number(part), 0) : NaN;
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuSeconds = Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN);
  return { peakMiB: rss ? Number(rss[1]) / 1024 : NaN, wallSeconds: seconds, cpuSeconds };
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, nproc ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`,
);
if (process.env.ANYAM_BENCH_SETTINGS) console.log(`settings: ${process.env.ANYAM_BENCH_SETTINGS}`);
console.log(
  `load average before: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
const runner = useCli ? join(root, 'packages/cli/dist/bin.js') : await buildRunner();
if (!existsSync(runner))
  throw new Error(
    `${runner} does not exist: build the CLI first (pnpm --filter @anyam/cli build).`,
  );
mkdirSync(outBase, { recursive: true });

for (const scale of scales) {
  const out = join(outBase, scale);
  rmSync(out, { recursive: true, force: true });
  const command = useCli
    ? ['node', runner, 'generate', '--scale', scale, '--seed', '42', '--out', out]
    : ['node', runner, '--scale', scale, '--seed', '42', '--out', out];
  const run = spawnSync('/usr/bin/time', ['-v', ...command], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`${command.join(' ')} failed with status ${run.status}.`);
  }
  const { peakMiB, wallSeconds, cpuSeconds } = parseTime(run.stderr);
  const detail = run.stdout
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .at(-1);
  const du = execFileSync('du', ['-sb', out], { encoding: 'utf8' }).split('\t')[0];
  console.log(`\n### ${scale}`);
  console.log(`command: /usr/bin/time -v ${command.join(' ').replace(root + '/', '')}`);
  console.log(
    `wall ${wallSeconds.toFixed(1)} s, CPU (user+sys) ${cpuSeconds.toFixed(1)} s, peak RSS ${peakMiB.toFixed(0)} MiB, dataset ${(Number(du) / 2 ** 20).toFixed(1)} MiB on disk`,
  );
  if (detail) {
    const parsed = JSON.parse(detail);
    console.log(
      `generate ${parsed.generate_s.toFixed(1)} s (RSS then ${parsed.rss_after_generate_mib.toFixed(0)} MiB) + write ${parsed.write_s.toFixed(1)} s`,
    );
    console.log(
      `generate steps (wall s / CPU s): ${Object.entries(parsed.steps)
        .map(([step, t]) => `${step} ${t.wall}/${t.cpu}`)
        .join(', ')}`,
    );
    if (parsed.database) console.log(`DuckDB after generate: ${JSON.stringify(parsed.database)}`);
    console.log(
      `rows: ${Object.entries(parsed.rows)
        .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
        .join(', ')}`,
    );
  }
}
console.log(
  `\nload average after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
