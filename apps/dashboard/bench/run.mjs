#!/usr/bin/env node
// `pnpm bench`: latency of every API endpoint (median and p95, uncached and cached) on the Banten
// demo dataset, and each page's JavaScript size gzipped, on the built app. Prints a Markdown
// table for BENCHMARKS.md ("## Dashboard"). Then, over a national dataset (ANYAM_NATIONAL_DATA,
// else data/national; skipped with a sentence when there is none), bench/national.mjs (16
// clients, RSS, largest answer) and bench/time-to-charts.mjs (Chromium), for "## National scale".
// ANYAM_BUILD_DIR (default `build`) is the build served.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/browser/chromium.mjs';
import { quantile } from './quantile.mjs';
import { app, buildDir, serve } from './serve.mjs';

const root = resolve(app, '../..');
const candidates = [
  process.env.ANYAM_DATA,
  join(app, '.test-data', 'banten'),
  join(root, 'data', 'export'),
].filter(Boolean);
let dataDir = candidates.find((dir) => existsSync(join(dir, 'manifest.json')));
if (!dataDir) {
  dataDir = join(app, '.test-data', 'banten');
  const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
  if (!existsSync(cli))
    spawnSync('pnpm', ['--filter', '@anyam/cli...', 'build'], { cwd: root, stdio: 'inherit' });
  spawnSync(
    process.execPath,
    [cli, 'generate', '--scale', 'banten', '--seed', '42', '--out', dataDir],
    { stdio: 'inherit' },
  );
}
if (!existsSync(join(buildDir, 'index.js')))
  spawnSync('pnpm', ['build'], { cwd: app, stdio: 'inherit' });

const server = await serve({ dataDir, quiet: true });
const { base } = server;
try {
  const health = await (await fetch(`${base}/api/health`)).json();
  const { first_year: first, last_year: last } = health.dataset;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const regions = ['36', '36.01', '36.02', '36.03', '36.04', '36.71', '36.72', '36.73', '36.74'];

  // Each uncached sample is a request no one has made before (a new region/year/option
  // combination), so the server computes it; cached samples repeat one request.
  const combos = (make) => regions.flatMap((region) => years.map((year) => make(region, year)));
  const endpoints = [
    ['/api/health', () => ['/api/health']],
    ['/api/regions', () => regions.map((region) => `/api/regions?region=${region}`)],
    ['/api/metrics/reach', () => combos((r, y) => `/api/metrics/reach?region=${r}&year=${y}`)],
    [
      '/api/metrics/reach?by=region',
      () => combos((r, y) => `/api/metrics/reach?region=${r}&year=${y}&by=region`),
    ],
    [
      '/api/metrics/reach?by=program_type',
      () => combos((r, y) => `/api/metrics/reach?region=${r}&year=${y}&by=program_type`),
    ],
    [
      '/api/metrics/competitiveness?by=region',
      () => combos((r, y) => `/api/metrics/competitiveness?region=${r}&year=${y}&by=region`),
    ],
    ['/api/metrics/rca', () => combos((r, y) => `/api/metrics/rca?region=${r}&year=${y}`)],
    [
      '/api/metrics/diffusion',
      () => combos((r, y) => `/api/metrics/diffusion?region=${r}&year=${y}`),
    ],
    ['/api/metrics/impact', () => regions.map((r) => `/api/metrics/impact?region=${r}`)],
    ['/api/products/pci', () => combos((r, y) => `/api/products/pci?region=${r}&year=${y}`)],
    ['/api/overview', () => combos((r, y) => `/api/overview?region=${r}&year=${y}`)],
  ];
  const time = async (url) => {
    const start = performance.now();
    const response = await fetch(base + url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return performance.now() - start;
  };
  const rows = [];
  for (const [name, urls] of endpoints) {
    const list = urls();
    const cold = [];
    for (const url of list) cold.push(await time(url));
    const warm = [];
    for (let i = 0; i < 100; i += 1) warm.push(await time(list[i % list.length]));
    rows.push({ name, cold, warm });
  }

  const browser = await launch();
  const pages = [];
  for (const path of ['/', '/reach', '/competitiveness', '/network']) {
    const page = await browser.newPage();
    const scripts = new Map();
    page.on('response', async (response) => {
      if (response.url().endsWith('.js'))
        scripts.set(
          response.url(),
          response.body().catch(() => Buffer.alloc(0)),
        );
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    let raw = 0;
    let gzipped = 0;
    for (const body of scripts.values()) {
      const bytes = await body;
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    pages.push({ path, files: scripts.size, raw, gzipped });
    await page.close();
  }
  await browser.close();

  const ms = (value) => value.toFixed(1);
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const lines = [];
  lines.push(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; shared with other work while measured.`,
  );
  lines.push(
    `Dataset: ${dataDir.replace(root + '/', '')} (${JSON.stringify(health.dataset.created_by)}, ${health.dataset.tables.artisans} artisans, ${health.dataset.tables.participations} participations). Command: \`pnpm --filter @anyam/dashboard bench\`.`,
  );
  lines.push('');
  lines.push(
    '| endpoint | uncached n | uncached median ms | uncached p95 ms | cached median ms | cached p95 ms | p95 < 50 ms |',
  );
  lines.push('|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const p95 = quantile(row.cold, 0.95);
    lines.push(
      `| \`${row.name}\` | ${row.cold.length} | ${ms(quantile(row.cold, 0.5))} | ${ms(p95)} | ${ms(quantile(row.warm, 0.5))} | ${ms(quantile(row.warm, 0.95))} | ${p95 < 50 ? 'yes' : 'cached only'} |`,
    );
  }
  lines.push('');
  lines.push('| page | JS files | JS raw KB | JS gzipped KB | goal < 150 KB |');
  lines.push('|---|---|---|---|---|');
  for (const page of pages) {
    lines.push(
      `| \`${page.path}\` | ${page.files} | ${kb(page.raw)} | ${kb(page.gzipped)} | ${page.gzipped < 150 * 1024 ? 'yes' : 'no'} |`,
    );
  }
  console.log(lines.join('\n'));
} finally {
  await server.stop();
}

const national = resolve(process.env.ANYAM_NATIONAL_DATA ?? join(root, 'data', 'national'));
if (existsSync(join(national, 'manifest.json'))) {
  for (const script of ['national.mjs', 'time-to-charts.mjs'])
    spawnSync(process.execPath, [join(app, 'bench', script), national], { stdio: 'inherit' });
} else {
  console.log(
    `\nNational scale: no dataset at ${national} (\`anyam generate --scale national --out data/national\`, or set ANYAM_NATIONAL_DATA), skipped.`,
  );
}
