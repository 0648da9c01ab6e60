#!/usr/bin/env node
// The README's two commands go through this script so that they work on a fresh machine with
// only Node and npm: it installs the workspace with the pinned pnpm (through npx) when needed,
// then builds and runs what was asked.
//
//   node scripts/anyam.mjs start   build and serve the dashboard on the Banten demo dataset
//   node scripts/anyam.mjs test    find Chromium, build every package and run every test; the
//                                  last line is "tests: N passed, N failed, N suites did not run"
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.mjs';
import { closingLine, expectedReports, summariseRun } from './summarise-tests.mjs';

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

// The JSON reports of the previous run go first, so that a suite that does not run this time
// is counted as not run instead of being read from an old report.
function clearResults() {
  for (const file of expectedReports(root)) rmSync(file, { force: true });
}

const noBrowser =
  'The browser tests need Chromium and none was found: install it (Debian/Ubuntu: ' +
  '`sudo apt-get install chromium`; elsewhere `npx playwright install chromium`) or set ' +
  'CHROMIUM to its path, then run `npm test` again.';

// Finds Chromium for the dashboard's browser tests before anything slow runs; where there is
// none, installs Debian's package when this is root on a Debian-like system, else stops at once
// with one sentence. The tests read the path from CHROMIUM.
function ensureBrowser() {
  let found = findBrowser();
  if (found === null && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error("No Chromium found: installing Debian's chromium package (apt-get)...");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], { env }) === 0)
      run('apt-get', ['install', '-y', 'chromium'], { env });
    found = findBrowser();
  }
  if (found === null) {
    console.error(noBrowser);
    process.exit(1);
  }
  if (!existsSync(found)) {
    console.error(`CHROMIUM is set to ${found}, which does not exist: fix or unset it.`);
    process.exit(1);
  }
  process.env.CHROMIUM = found;
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
  ensureBrowser();
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
  const summary = summariseRun(root);
  if (summary.notRun.length > 0)
    console.log(`\nDid not run (counted as failed): ${summary.notRun.join(', ')}`);
  console.log(`\n${closingLine(summary)}`);
  const bad = summary.failed > 0 || summary.suitesNotRun > 0;
  process.exit(status !== 0 ? status : bad ? 1 : 0);
} else {
  console.error('usage: node scripts/anyam.mjs start|test');
  process.exit(2);
}
