#!/usr/bin/env node
// Two or more builds side by side under 16 clients (BENCHMARKS.md, "## National scale"): the
// uncached phases of bench/national.mjs (the same URLs, a server just started for each), the
// builds alternating for ROUNDS rounds so that a change of the machine's load hits each alike.
//   BUILDS=.build-before,.build-after ROUNDS=2 node apps/dashboard/bench/national-ab.mjs /tmp/national
// BUILDS are folders relative to apps/dashboard; ENV_<i> (JSON) adds environment variables to
// the i-th build's server (e.g. ENV_1='{"ANYAM_DUCKDB_THREADS":"1"}' to compare settings, or
// ENV_0='{"ANYAM_DATA":"/tmp/national-before"}' to put one build over two datasets).
// Prints, per run: one client's median and mean, the 16 clients' p50, p95, requests per second,
// errors and busy answers, the server's CPU time per request, and p50/p95 per endpoint.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { nationalRequests } from './national-urls.mjs';
import { quantile } from './quantile.mjs';
import { app, load, serve } from './serve.mjs';

const dataDir = resolve(process.argv[2] ?? process.env.ANYAM_DATA ?? '/tmp/national');
const builds = (process.env.BUILDS ?? 'build').split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const CLIENTS = Number(process.env.CLIENTS ?? 16);

async function run(build, extraEnv) {
  const server = await serve({ dataDir, build: resolve(app, build), env: extraEnv, name: build });
  const { base } = server;
  const cpuMs = () => server.cpuMs();
  const get = async (path) => {
    const start = performance.now();
    const response = await fetch(base + path, { headers: { 'accept-encoding': 'gzip, br' } });
    await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status };
  };
  try {
    // The URLs and their order of bench/national.mjs.
    const { urls } = await nationalRequests(base);
    const single = urls.splice(0, 30);
    const singleTimes = [];
    for (const url of single) singleTimes.push((await get(url)).ms);
    const batch = urls.splice(0, CLIENTS * 12);
    const times = [];
    const byEndpoint = {};
    let errors = 0;
    let busy = 0;
    let next = 0;
    const loadBefore = load();
    const cpuBefore = cpuMs();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < batch.length) {
          const url = batch[next++];
          const { ms, status } = await get(url);
          if (status === 503) busy += 1;
          else if (status !== 200) errors += 1;
          else {
            times.push(ms);
            const endpoint =
              url.split('?')[0].replace('/api/', '') + (url.includes('by=') ? ' by' : '');
            (byEndpoint[endpoint] ??= []).push(ms);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = (cpuMs() - cpuBefore) / batch.length;
    const mean = singleTimes.reduce((a, b) => a + b, 0) / singleTimes.length;
    console.log(
      `${build}${Object.keys(extraEnv).length ? ` ${JSON.stringify(extraEnv)}` : ''}: 1 client median ${quantile(singleTimes, 0.5).toFixed(0)} ms, mean ${mean.toFixed(0)} ms | ${CLIENTS} clients p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms, ${(batch.length / seconds).toFixed(1)} req/s, ${errors} errors, ${busy} busy, server CPU ${cpu.toFixed(0)} ms per request | load ${loadBefore}`,
    );
    console.log(
      `  p50/p95 ms: ${Object.entries(byEndpoint)
        .map(
          ([name, list]) =>
            `${name} ${quantile(list, 0.5).toFixed(0)}/${quantile(list, 0.95).toFixed(0)}`,
        )
        .join('; ')}`,
    );
  } finally {
    await server.stop();
  }
}

console.log(`dataset ${dataDir}; load average before: ${load()}`);
for (let round = 0; round < ROUNDS; round += 1)
  for (const [i, build] of builds.entries())
    await run(build, JSON.parse(process.env[`ENV_${i}`] ?? '{}'));
console.log(`load average after: ${load()}`);
