#!/usr/bin/env node
// The packages as a developer gets them from npm: packs the four (pnpm pack, as publishing
// does), installs the tarballs with npm in a scratch project outside the workspace, and checks
// that a consumer type-checks under `node16` and `bundler` resolution with typed metric rows,
// that an ESM and a CommonJS script run, that the `anyam` binary starts, that the install warns
// of nothing (no EBADENGINE), and that a browser bundle of `formatRupiah` alone is small.
//
//   node scripts/check-packages.mjs          (after `pnpm build`; .ci/run runs it)
//   ANYAM_KEEP_SCRATCH=1 node scripts/check-packages.mjs   keeps the scratch project to look at
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const packages = ['core', 'duckdb', 'synth', 'cli'];
const maxBrowserGzip = 15 * 1024;
const pnpmVersion = '12.4.2';
// The workspace's own TypeScript and esbuild check the consumer: what resolves is decided by the
// scratch project's files and node_modules, not by where the compiler lives.
const requireFromCore = createRequire(join(root, 'packages', 'core', 'package.json'));
const tsc = requireFromCore.resolve('typescript/bin/tsc');
const { build } = await import(requireFromCore.resolve('esbuild'));

let failures = 0;
const step = (message) => console.log(`check-packages: ${message}`);
function fail(message) {
  failures += 1;
  console.error(`check-packages: FAILED ${message}`);
}

function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

function mustRun(what, command, args, cwd) {
  const result = run(command, args, cwd);
  if (result.status !== 0) {
    fail(`${what} (exit ${result.status}):\n${result.output}`);
    return null;
  }
  return result.output;
}

const scratch = mkdtempSync(join(tmpdir(), 'anyam-packages-'));
try {
  // 1. Pack, as `pnpm publish` would (workspace:^ becomes the version).
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  for (const name of packages) {
    const packed = mustRun(
      `pnpm pack of ${name}`,
      'npx',
      ['-y', `pnpm@${pnpmVersion}`, 'pack', '--pack-destination', tarballs],
      join(root, 'packages', name),
    );
    if (packed === null) process.exit(1);
  }
  const files = readdirSync(tarballs).filter((file) => file.endsWith('.tgz'));
  step(`packed ${files.join(', ')}`);

  // 2. Install them as a developer would, with npm, from the tarballs (dependencies from the
  // registry). @types/node for a strict check of the libraries' own declarations.
  const project = join(scratch, 'app');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'anyam-consumer', private: true, version: '1.0.0' }, null, 2),
  );
  const install = run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=warn',
      ...files.map((file) => join(tarballs, file)),
      '@types/node@^20.19.0',
    ],
    project,
  );
  if (install.status !== 0) {
    fail(`npm install of the tarballs:\n${install.output}`);
    process.exit(1);
  }
  if (/EBADENGINE|npm warn/i.test(install.output)) fail(`npm install warned:\n${install.output}`);
  else step('npm install of the four tarballs: no warning');

  // 3. A consumer that uses typed metric rows, type-checked under node16 and bundler resolution.
  const consumer = `import { formatRupiah, metricDefinitions, type ReachRow } from '@anyam/core';
import { indonesiaRegions } from '@anyam/core/reference';
import { connectionQueryable, runMetric, type MetricResult } from '@anyam/duckdb';
import { generate } from '@anyam/synth';
import { DuckDBInstance } from '@duckdb/node-api';

export async function reachRate(): Promise<number | null> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await generate(connection, { scale: 'banten', seed: 42 });
  const result: MetricResult<'reach'> = await runMetric(connectionQueryable(connection), 'reach', {
    year: 2024,
  });
  const rate: number | null = result.rows[0]!.reach_rate;
  const row: ReachRow = result.rows[0]!;
  const eligible: number = row.eligible_artisans;
  // @ts-expect-error a misspelt metric name is a type error
  void runMetric(connectionQueryable(connection), 'rach');
  // @ts-expect-error a field reach does not have
  void row.reach_rat;
  void metricDefinitions.reach.suppression;
  void formatRupiah(eligible, 'id');
  void indonesiaRegions().length;
  return rate;
}
`;
  writeFileSync(join(project, 'consumer.mts'), consumer);
  writeFileSync(join(project, 'consumer.ts'), consumer);
  const tsconfig = (module, moduleResolution, include) => ({
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      module,
      moduleResolution,
      types: ['node'],
      noUncheckedIndexedAccess: true,
    },
    files: [include],
  });
  writeFileSync(
    join(project, 'tsconfig.node16.json'),
    JSON.stringify(tsconfig('node16', 'node16', 'consumer.mts')),
  );
  writeFileSync(
    join(project, 'tsconfig.bundler.json'),
    JSON.stringify(tsconfig('esnext', 'bundler', 'consumer.ts')),
  );
  for (const profile of ['node16', 'bundler']) {
    const checked = mustRun(
      `type check under ${profile}`,
      process.execPath,
      [tsc, '-p', `tsconfig.${profile}.json`],
      project,
    );
    if (checked !== null) step(`consumer type-checks under ${profile} resolution`);
  }

  // 4. An ESM and a CommonJS script run.
  writeFileSync(
    join(project, 'esm.mjs'),
    `import { formatRupiah } from '@anyam/core';
import { indonesiaRegions } from '@anyam/core/reference';
import { connectionQueryable, runMetric } from '@anyam/duckdb';
import { generate } from '@anyam/synth';
import { DuckDBInstance } from '@duckdb/node-api';
const connection = await (await DuckDBInstance.create(':memory:')).connect();
await generate(connection, { scale: 'banten', seed: 42 });
const { rows } = await runMetric(connectionQueryable(connection), 'reach', { year: 2024 });
if (typeof rows[0].reach_rate !== 'number') throw new Error('no reach_rate');
if (indonesiaRegions().length < 500) throw new Error('no region reference');
console.log(formatRupiah(1250000000, 'id'), rows[0].reach_rate.toFixed(3));
`,
  );
  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { formatRupiah, metricDefinition, MetricOptionsError } = require('@anyam/core');
const { indonesiaRegions } = require('@anyam/core/reference');
const { createPool } = require('@anyam/duckdb');
(async () => {
  try {
    metricDefinition('rach');
    throw new Error('no error');
  } catch (error) {
    if (!(error instanceof MetricOptionsError) || error.code !== 'ANYAM_METRIC_OPTIONS') throw error;
  }
  const pool = await createPool({ size: 1 });
  const [row] = await pool.query('SELECT 41 + 1 AS n');
  await pool.close();
  console.log(formatRupiah(1250000000, 'en'), row.n, indonesiaRegions().length > 500);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`,
  );
  const esm = mustRun('the ESM script', process.execPath, ['esm.mjs'], project);
  if (esm !== null) step(`ESM script ran: ${esm.trim()}`);
  const cjs = mustRun('the CommonJS script', process.execPath, ['cjs.cjs'], project);
  if (cjs !== null) step(`CommonJS script ran: ${cjs.trim()}`);
  const bin = mustRun(
    'anyam --version',
    process.execPath,
    [join(project, 'node_modules', '.bin', 'anyam'), '--version'],
    project,
  );
  if (bin !== null) step(`anyam --version: ${bin.trim()}`);

  // 5. A browser bundle of one formatter.
  const bundled = await build({
    stdin: {
      contents: "import { formatRupiah } from '@anyam/core'; console.log(formatRupiah(1, 'id'));",
      resolveDir: project,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const gzip = gzipSync(bundled.outputFiles[0].contents).byteLength;
  if (gzip > maxBrowserGzip)
    fail(`a browser bundle of formatRupiah is ${gzip} bytes gzipped, over ${maxBrowserGzip}`);
  else step(`browser bundle of formatRupiah: ${gzip} bytes gzipped (limit ${maxBrowserGzip})`);
} finally {
  if (process.env.ANYAM_KEEP_SCRATCH) step(`scratch project kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

if (failures > 0) {
  console.error(`check-packages: ${failures} check(s) failed`);
  process.exit(1);
}
step('all checks passed');
