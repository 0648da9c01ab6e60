#!/usr/bin/env node
// How long `anyam --help` (or any arguments given) takes from process start to exit: spawns
// `node dist/bin.js ARGS` N times (default 10) under /usr/bin/time and prints the median wall
// time and the median CPU time (user + sys), which other jobs on the machine inflate less.
//
//   node bench/startup.mjs                 # --help, 10 runs
//   BENCH_RUNS=20 node bench/startup.mjs --version
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist', 'bin.js');
const args = process.argv.length > 2 ? process.argv.slice(2) : ['--help'];
const runs = Number(process.env.BENCH_RUNS ?? 10);

const medianOf = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const walls = [];
const cpus = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, bin, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  walls.push(performance.now() - start);
  if (result.status !== 0) {
    console.error(`node dist/bin.js ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    process.exit(1);
  }
  const [user, sys] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  cpus.push((user + sys) * 1000);
}
console.log(
  `node dist/bin.js ${args.join(' ')}: median wall ${medianOf(walls).toFixed(0)} ms ` +
    `(min ${Math.min(...walls).toFixed(0)}), median CPU ${medianOf(cpus).toFixed(0)} ms, ` +
    `over ${runs} runs; load average ${loadavg()[0].toFixed(1)}`,
);
