#!/usr/bin/env node
// Time to charts drawn in Chromium (BENCHMARKS.md, "## National scale"): each page at the
// national scope (region=ID) and a province (region=35, the largest of the national dataset),
// cold and warm, on the built app over a national dataset.
//   ANYAM_BUILD_DIR=.build-mine pnpm --filter @anyam/dashboard build
//   ANYAM_BUILD_DIR=.build-mine node apps/dashboard/bench/time-to-charts.mjs DATASET_DIR  (e.g. /tmp/national)
// - cold: a server just started (its result cache empty) and a new browser context (no HTTP
//   cache), so every answer is computed;
// - warm: the same page loaded again in a new context of the same server (answers cached on the
//   server, none in the browser), the median of WARM_RUNS (default 3).
// "Charts drawn": every chart frame (figure[data-chart]) has left its loading state and is not
// busy, and each frame that shows a chart has at least one mark (bar, dot, tile, cell, line) in
// its SVG; the overview's headline cards are no longer busy. Pages: /, /reach, /competitiveness,
// /network (PAGES, comma-separated, to choose), scopes ID and 35 (SCOPES).
import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launch } from '../tests/browser/chromium.mjs';
import { buildDir, load, serve } from './serve.mjs';

const dataDir = resolve(process.argv[2] ?? process.env.ANYAM_DATA ?? '/tmp/national');
const pages = (process.env.PAGES ?? '/,/reach,/competitiveness,/network').split(',');
const scopes = (process.env.SCOPES ?? 'ID,35').split(',');
const WARM_RUNS = Number(process.env.WARM_RUNS ?? 3);
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS ?? 120_000);
// A timed-out load (NaN) counts as the slowest, so that the median is a timeout when most were.
const median = (values) => {
  const sorted = values.map((v) => (Number.isNaN(v) ? Infinity : v)).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Runs in the page: true once every chart is drawn (see the header).
/* global document */
function chartsDrawn() {
  const frames = [...document.querySelectorAll('figure[data-chart]')];
  if (frames.length === 0) return false;
  if (document.querySelector('main [aria-busy="true"]')) return false;
  return frames.every((frame) => {
    const status = frame.getAttribute('data-status');
    if (status === 'loading') return false;
    if (status !== 'ready') return true;
    const svg = frame.querySelector('svg.chart');
    // A frame showing its table has no chart to draw.
    if (!svg) return true;
    return svg.querySelector('rect:not(pattern rect), circle, path, line') !== null;
  });
}

/** Milliseconds from navigation to charts drawn, the API requests the page made, and the states. */
async function timeToCharts(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let requests = 0;
  let bytes = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests += 1;
  });
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    bytes += Number(response.headers()['content-length'] ?? 0);
  });
  try {
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    let ms;
    try {
      await page.waitForFunction(chartsDrawn, undefined, { timeout: TIMEOUT_MS, polling: 50 });
      ms = performance.now() - start;
    } catch {
      ms = Number.NaN;
    }
    const states = await page.$$eval('figure[data-chart]', (frames) =>
      frames.map((f) => `${f.getAttribute('data-chart')}=${f.getAttribute('data-status')}`),
    );
    return { ms, requests, bytes, states, errors };
  } finally {
    await context.close();
  }
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average before: ${load()}`,
);
console.log(`dataset ${dataDir}; build ${buildDir}`);
const browser = await launch();
const rows = [];
try {
  for (const scope of scopes) {
    for (const path of pages) {
      // A fresh server per page: the cold load computes every answer it shows.
      const server = await serve({ dataDir });
      try {
        const url = `${server.base}${path}?region=${scope}`;
        const cold = await timeToCharts(browser, url);
        const warm = [];
        for (let i = 0; i < WARM_RUNS; i += 1) warm.push((await timeToCharts(browser, url)).ms);
        const show = (ms) =>
          !Number.isFinite(ms) ? `timeout ${TIMEOUT_MS / 1000} s` : `${ms.toFixed(0)} ms`;
        rows.push(
          `| \`${path}?region=${scope}\` | ${show(cold.ms)} | ${show(median(warm))} | ${cold.requests} | ${(cold.bytes / 1024).toFixed(0)} KiB |`,
        );
        console.log(
          `${path}?region=${scope}: cold ${show(cold.ms)}, warm ${show(median(warm))} (${warm.map(show).join(', ')}); ${cold.requests} API requests, ${(cold.bytes / 1024).toFixed(0)} KiB sent; ${cold.states.join(' ')}${cold.errors.length ? `; page errors: ${cold.errors.join(' | ')}` : ''}`,
        );
      } finally {
        await server.stop();
      }
    }
  }
} finally {
  await browser.close();
}
console.log('\n| Page | Cold | Warm (median) | API requests | API bytes sent (cold) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log(`load average after: ${load()}`);
