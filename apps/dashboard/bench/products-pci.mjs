#!/usr/bin/env node
// /api/products/pci at national scale (BENCHMARKS.md, "## National scale"): the built app over a
// national dataset, one client on the same machine.
//   ANYAM_BUILD_DIR=.build-mine pnpm --filter @anyam/dashboard build
//   ANYAM_BUILD_DIR=.build-mine node apps/dashboard/bench/products-pci.mjs DATASET_DIR  (e.g. /tmp/national)
// For region=ID and region=35 (Jawa Timur, the most products): the first answer, then 8 other
// weight vectors one at a time (each uncached), the answer's size raw and br and its row count;
// then a weight-slider flood (16 more weight vectors, 4 at a time) on both. Server RSS is read
// from /proc after each step, and its peak (VmHWM) at the end.
import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDir, load, serve } from './serve.mjs';

const dataDir = resolve(process.argv[2] ?? process.env.ANYAM_DATA ?? '/tmp/national');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; build ${buildDir}; load average before: ${load()}`,
);

const server = await serve({ dataDir });
const { base } = server;
const mib = (field) => `${(server.status(field) / 2 ** 20).toFixed(0)} MiB`;
async function get(path, headers = {}) {
  const start = performance.now();
  const response = await fetch(`${base}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const sent = Number(response.headers.get('content-length') ?? body.length);
  return { ms: performance.now() - start, status: response.status, body, sent };
}
// Weight vectors no request has asked for yet (each answer is then computed, not cached).
let nextWeight = 0;
const freshWeights = () => {
  const i = nextWeight++;
  return [1 + (i % 5), 1 + ((i >> 1) % 3), 2 + ((i >> 2) % 3), 3].join(',');
};
try {
  console.log(`server up over ${dataDir}; RSS ${mib('VmRSS')}`);
  for (const region of ['ID', '35']) {
    const path = `/api/products/pci?region=${region}`;
    const first = await get(path, { 'accept-encoding': 'br' });
    const raw = await get(path);
    const answer = JSON.parse(raw.body.toString('utf8'));
    const sampled = Object.entries(answer.totals ?? {}).filter(
      ([code, n]) => answer.rows.filter((row) => row.region_code === code).length < n,
    ).length;
    const times = [];
    for (let i = 0; i < 8; i += 1) times.push((await get(`${path}&weights=${freshWeights()}`)).ms);
    console.log(
      `${path} ${first.status}: first ${(first.ms / 1000).toFixed(2)} s, median of 8 other weights ${(median(times) / 1000).toFixed(2)} s (max ${(Math.max(...times) / 1000).toFixed(2)} s); ${answer.rows.length} rows, ${sampled} regions sampled; ${(raw.body.length / 1024).toFixed(0)} KiB raw, ${(first.sent / 1024).toFixed(0)} KiB br; server RSS ${mib('VmRSS')}`,
    );
  }
  const flood = Array.from({ length: 16 }, (_, i) => [i % 2 ? 'ID' : '35', freshWeights()]);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < flood.length) {
        const [region, weights] = flood[next++];
        await get(`/api/products/pci?region=${region}&weights=${weights}`, {
          'accept-encoding': 'br',
        });
      }
    }),
  );
  console.log(
    `weight-slider flood: 16 distinct weights on ID and 35, 4 at a time, in ${((performance.now() - started) / 1000).toFixed(1)} s: server RSS ${mib('VmRSS')} after, peak ${mib('VmHWM')} (since start)`,
  );
  console.log(`load average after: ${load()}`);
} finally {
  await server.stop();
}
