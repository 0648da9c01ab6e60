#!/usr/bin/env node
// The README's two commands go through this script so that they work on a fresh machine with
// only Node and npm: it installs the workspace with the pinned pnpm (through npx) when needed,
// then builds and runs what was asked.
//
//   node scripts/anyam.mjs start   build and serve the dashboard on the Banten demo dataset
//   node scripts/anyam.mjs test    build every package and run every test
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pnpmVersion = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: false,
    ...options,
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${pnpmVersion}`]];
}

function pnpm(args) {
  const [command, prefix] = pnpmCommand();
  return run(command, [...prefix, ...args]);
}

function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.error(`Installing the workspace with pnpm ${pnpmVersion}...`);
  const status = pnpm(['install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
}

// Sums the JSON reports that each package's vitest runs leave in `.test-results/` (see
// vitest.shared.ts), so that the run ends on one plain line a person (or CI) can read:
// "tests: N passed, N failed".
function resultFiles() {
  const files = [];
  for (const base of ['packages', 'apps']) {
    const dir = join(root, base);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const results = join(dir, name, '.test-results');
      if (!existsSync(results)) continue;
      for (const file of readdirSync(results))
        if (file.endsWith('.json')) files.push(join(results, file));
    }
  }
  return files;
}

function summarise() {
  let passed = 0;
  let failed = 0;
  for (const file of resultFiles()) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  return { passed, failed };
}

function clearResults() {
  for (const file of resultFiles()) rmSync(file, { force: true });
}

// Turbo's anonymous usage report would try the network, which CI does not have.
process.env.TURBO_TELEMETRY_DISABLED = '1';

const task = process.argv[2];
if (task === 'start') {
  ensureInstalled();
  let status = pnpm([
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@anyam/dashboard...',
    '--output-logs=errors-only',
    '--env-mode=loose',
  ]);
  if (status !== 0) process.exit(status);
  status = pnpm(['--filter', '@anyam/dashboard', 'run', 'start']);
  process.exit(status);
} else if (task === 'test') {
  ensureInstalled();
  clearResults();
  let status = pnpm([
    'exec',
    'turbo',
    'run',
    'build',
    '--output-logs=errors-only',
    '--env-mode=loose',
  ]);
  if (status !== 0) process.exit(status);
  // One package at a time: the DuckDB-heavy suites and the browser tests share two cores.
  process.env.ANYAM_TEST_REPORT = '1';
  status = pnpm([
    'exec',
    'turbo',
    'run',
    'test',
    '--concurrency=1',
    '--continue',
    '--env-mode=loose',
  ]);
  const { passed, failed } = summarise();
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(status !== 0 ? status : failed > 0 ? 1 : 0);
} else {
  console.error('usage: node scripts/anyam.mjs start|test');
  process.exit(2);
}
