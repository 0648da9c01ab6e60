// Benchmark of `anyam import` / `anyam validate` on 1,000,000 participation rows.
//
//   node packages/cli/bench/import.mjs prepare /tmp/anyam-bench/in     # the input folder (once)
//   /usr/bin/time -v node packages/cli/bench/import.mjs validate /tmp/anyam-bench/in
//   /usr/bin/time -v node packages/cli/bench/import.mjs import /tmp/anyam-bench/in /tmp/anyam-bench/out
//
// `prepare` generates the synthetic Banten dataset (@anyam/synth, seed 42), exports it as the 13
// CSV files, then replaces participations.csv with 1,000,000 distinct (program, artisan) rows over
// those programs and artisans (every reference valid; 1 row in 10,000 made bad on purpose, so the
// reject path is timed too). The TypeScript sources are bundled once with tsup (esbuild) into
// node_modules/.cache/anyam-bench, so the bench needs no prior build of the workspace.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
// ANYAM_BENCH_BUNDLE=name runs (or builds) the bundle in node_modules/.cache/<name>, so that a
// bundle of earlier code can be kept and timed back to back with the current one.
const buildDir = join(
  packageDir,
  'node_modules',
  '.cache',
  process.env.ANYAM_BENCH_BUNDLE ?? 'anyam-bench',
);

async function bundle() {
  const entry = join(buildDir, 'bench-entry.js');
  if (!existsSync(entry) || process.env.ANYAM_BENCH_REBUILD) {
    const { build } = await import('tsup');
    await build({
      entry: { 'bench-entry': join(here, 'bench-entry.ts') },
      outDir: buildDir,
      format: ['esm'],
      platform: 'node',
      target: 'node20',
      tsconfig: join(packageDir, 'tsconfig.json'),
      noExternal: [/^@anyam\//],
      external: ['@duckdb/node-api', 'exceljs'],
      dts: false,
      sourcemap: false,
      clean: true,
      silent: true,
    });
  }
  return import(pathToFileURL(entry).href);
}

function seconds(start) {
  return ((performance.now() - start) / 1000).toFixed(2);
}

async function prepare(dir, rows) {
  const { DuckDBInstance, generate, exportCsv } = await bundle();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await generate(connection, { scale: 'banten', seed: 42 });
  await exportCsv(connection, dir);
  const programs = (
    await connection.runAndReadAll(
      'SELECT program_id, CAST(start_date AS VARCHAR) AS d FROM programs ORDER BY 1',
    )
  ).getRowsJson();
  const artisans = (await connection.runAndReadAll('SELECT artisan_id FROM artisans ORDER BY 1'))
    .getRowsJson()
    .map((r) => String(r[0]));
  connection.closeSync();
  instance.closeSync();
  if (programs.length * artisans.length < rows)
    throw new Error(`only ${programs.length * artisans.length} distinct pairs`);
  const out = createWriteStream(join(dir, 'participations.csv'));
  out.write('program_id,artisan_id,enrolled_on,completed\n');
  let chunk = '';
  for (let i = 0; i < rows; i += 1) {
    const [program, start] = programs[i % programs.length];
    const artisan = artisans[Math.floor(i / programs.length) % artisans.length];
    const bad = i % 10_000 === 9_999;
    chunk += `${program},${artisan},${bad ? '31/02/2024' : start},${i % 3 === 0 ? 'false' : 'true'}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((resolve) => out.end(resolve));
  console.log(
    `prepared ${dir}: ${rows} participations over ${programs.length} programs and ${artisans.length} artisans`,
  );
}

async function main() {
  const [mode, input, out] = process.argv.slice(2);
  if (!mode || !input) {
    console.error('Usage: node bench/import.mjs prepare|validate|import IN [OUT]');
    process.exit(2);
  }
  if (mode === 'prepare') {
    await mkdir(input, { recursive: true });
    await prepare(input, Number(process.env.ANYAM_BENCH_ROWS ?? 1_000_000));
    return;
  }
  const { runImport } = await bundle();
  const start = performance.now();
  const result = await runImport({
    inputs: [input],
    out: mode === 'import' ? (out ?? join(input, '..', 'out')) : undefined,
    reportDir: join(input, '..', `report-${mode}`),
    lang: 'en',
    // ANYAM_BENCH_STEPS=1 prints when each step starts, to see where the time goes.
    onProgress: process.env.ANYAM_BENCH_STEPS
      ? (text) => console.error(`${seconds(start)}s ${text}`)
      : undefined,
  });
  const elapsed = seconds(start);
  console.log(result.lines.slice(0, 3).join('\n'));
  const report = JSON.parse(
    await readFile(join(input, '..', `report-${mode}`, 'report.json'), 'utf8'),
  );
  console.log(
    JSON.stringify({
      mode,
      seconds: Number(elapsed),
      participations: report.tables.participations,
      exit: result.exitCode,
      rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
    }),
  );
}

await main();
