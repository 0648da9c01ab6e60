#!/usr/bin/env node
// The dashboard at national scale (BENCHMARKS.md, "## National scale"): the built app over a
// national dataset, measured from clients on the same machine.
//   ANYAM_BUILD_DIR=.build-mine pnpm --filter @anyam/dashboard build
//   ANYAM_BUILD_DIR=.build-mine node apps/dashboard/bench/national.mjs DATASET_DIR  (e.g. /tmp/national)
// ANYAM_BUILD_DIR (default `build`, relative to apps/dashboard) is the build served, as in
// svelte.config.js, so a bench never touches another engineer's build.
// 1. One client, uncached: median of distinct requests (each region x year x endpoint asked once).
// 2. 16 concurrent clients on uncached requests: p50, p95, requests per second, errors (503s
//    counted apart: the pool's "busy" answer), for CLIENTS (default 16) clients.
// 3. Server RSS after a weight-slider flood: 32 distinct weight vectors on /api/products/pci of
//    the largest province, 4 at a time.
// 4. The largest API answer (that same /api/products/pci), raw and compressed (gzip, br).
import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { nationalRequests } from './national-urls.mjs';
import { quantile } from './quantile.mjs';
import { load, serve } from './serve.mjs';

const dataDir = resolve(process.argv[2] ?? process.env.ANYAM_DATA ?? '/tmp/national');
const CLIENTS = Number(process.env.CLIENTS ?? 16);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average before: ${load()}`,
);

const server = await serve({ dataDir });
const { base } = server;
const cpuMs = () => server.cpuMs();
const rss = () => server.status('VmRSS');
async function get(path, headers = {}) {
  const start = performance.now();
  const response = await fetch(`${base}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  // fetch decompresses: the bytes sent are the Content-Length of a compressed answer.
  const sent = Number(response.headers.get('content-length') ?? body.length);
  return {
    ms: performance.now() - start,
    status: response.status,
    bytes: body.length,
    sent,
    response,
  };
}
try {
  console.log(`server up over ${dataDir}; RSS ${(rss() / 2 ** 20).toFixed(0)} MiB`);
  // Every URL once: no request is answered from the cache.
  const { codes, last, urls } = await nationalRequests(base);
  const single = urls.splice(0, 30);
  const singleTimes = [];
  const singleCpu = cpuMs();
  for (const url of single) singleTimes.push((await get(url)).ms);
  const singleMedian = quantile(singleTimes, 0.5);
  const singleMean = singleTimes.reduce((a, b) => a + b, 0) / singleTimes.length;
  const cpuPerRequest = (cpuMs() - singleCpu) / single.length;
  console.log(
    `1 client, uncached: median ${singleMedian.toFixed(0)} ms, mean ${singleMean.toFixed(0)} ms over ${single.length} requests (p95 ${quantile(singleTimes, 0.95).toFixed(0)} ms); server CPU ${cpuPerRequest.toFixed(0)} ms per request`,
  );

  const batch = urls.splice(0, CLIENTS * 12);
  const times = [];
  let errors = 0;
  let busy = 0;
  let next = 0;
  const batchCpu = cpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < batch.length) {
        const url = batch[next++];
        const { ms, status } = await get(url, { 'accept-encoding': 'gzip, br' });
        if (status === 503) busy += 1;
        else if (status !== 200) errors += 1;
        else times.push(ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const batchCpuPerRequest = (cpuMs() - batchCpu) / batch.length;
  console.log(
    `${CLIENTS} clients, uncached: ${batch.length} requests in ${seconds.toFixed(1)} s: p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms, ${(batch.length / seconds).toFixed(1)} req/s, ${errors} errors, ${busy} busy (503); p95 / 1-client median ${(quantile(times, 0.95) / singleMedian).toFixed(1)}x, / 1-client mean ${(quantile(times, 0.95) / singleMean).toFixed(1)}x; server CPU ${batchCpuPerRequest.toFixed(0)} ms per request (${CLIENTS} clients x that / ${availableParallelism()} cores = ${((CLIENTS * batchCpuPerRequest) / availableParallelism()).toFixed(0)} ms: the mean latency of a CPU-bound closed loop)`,
  );

  // The largest province by products: the heaviest /api/products/pci answer.
  const sizes = [];
  for (const code of codes.slice(0, 40)) {
    const { bytes } = await get(`/api/products/pci?region=${code}&year=${last}`);
    sizes.push([code, bytes]);
  }
  sizes.sort((a, b) => b[1] - a[1]);
  const [largest, raw] = sizes[0];
  const path = `/api/products/pci?region=${largest}&year=${last}`;
  // The national scope's answers: each endpoint a page asks for at region=ID, raw and br.
  for (const url of [
    `/api/products/pci?region=ID&year=${last}`,
    `/api/metrics/rca?region=ID&year=${last}`,
    `/api/metrics/reach?region=ID&year=${last}&by=region`,
    `/api/metrics/competitiveness?region=ID&year=${last}&by=region`,
    `/api/metrics/diffusion?region=ID&year=${last}`,
    `/api/network?region=ID&year=${last}`,
    `/api/overview?region=ID&year=${last}`,
  ]) {
    const answer = await get(url, { 'accept-encoding': 'br' });
    console.log(
      `at ID: ${url} ${answer.status}: ${(answer.bytes / 1024).toFixed(0)} KiB raw, ${(answer.sent / 1024).toFixed(0)} KiB br, ${(answer.ms / 1000).toFixed(1)} s uncached`,
    );
  }
  const gz = await get(path, { 'accept-encoding': 'gzip' });
  const br = await get(path, { 'accept-encoding': 'br' });
  console.log(
    `largest answer ${path}: ${(raw / 2 ** 20).toFixed(2)} MiB raw, ${(gz.sent / 2 ** 20).toFixed(2)} MiB gzip (${gz.response.headers.get('content-encoding')}), ${(br.sent / 2 ** 20).toFixed(2)} MiB br (${br.response.headers.get('content-encoding')}); cached br answer ${(await get(path, { 'accept-encoding': 'br' })).ms.toFixed(0)} ms`,
  );

  const before = rss();
  const weights = Array.from({ length: 32 }, (_, i) => {
    const w = [1 + (i % 4), 1 + ((i >> 2) % 4), 1 + ((i >> 4) % 2), 2];
    return w.join(',');
  });
  let flood = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (flood < weights.length) {
        const w = weights[flood++];
        await get(`${path}&weights=${w}`, { 'accept-encoding': 'br' });
      }
    }),
  );
  console.log(
    `weight-slider flood: 32 distinct weights on ${path}: server RSS ${(before / 2 ** 20).toFixed(0)} MiB before, ${(rss() / 2 ** 20).toFixed(0)} MiB after (${(rss() / 2 ** 30).toFixed(2)} GiB)`,
  );
  console.log(`load average after: ${load()}`);
} finally {
  await server.stop();
}
