// Generates one dataset and writes it, printing one JSON line with the timings and sizes.
// Bundled and run by bench/generate.mjs under /usr/bin/time (which measures peak memory).
import { DuckDBInstance } from '@duckdb/node-api';
import { writeDataset } from '@anyam/duckdb';
import { performance } from 'node:perf_hooks';
import { generate, type Scale } from '../src/index.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const scale = option('scale', 'banten') as Scale;
const seed = Number(option('seed', '42'));
const out = option('out', '/tmp/anyam-bench-generate/banten');

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
// Optional DuckDB settings to compare, e.g. ANYAM_BENCH_SETTINGS="SET preserve_insertion_order = false".
for (const statement of (process.env.ANYAM_BENCH_SETTINGS ?? '')
  .split(';')
  .filter((text) => text.trim())) {
  await connection.run(statement);
}
const start = performance.now();
// Per step: wall seconds and CPU seconds (all of DuckDB's threads run in this process, so CPU
// time stays meaningful when other work shares the machine).
const steps: Record<string, { wall: number; cpu: number }> = {};
let last = start;
let lastCpu = process.cpuUsage();
await generate(connection, {
  scale,
  seed,
  onProgress: (step) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    steps[step] = {
      wall: Math.round(now - last) / 1000,
      cpu: Math.round((cpu.user + cpu.system) / 1000) / 1000,
    };
    last = now;
    lastCpu = process.cpuUsage();
  },
});
const generated = performance.now();
const rssAfterGenerate = process.memoryUsage().rss;
const size = await connection.runAndReadAll(
  "SELECT memory_usage, current_setting('memory_limit') AS memory_limit, current_setting('temp_directory') AS temp_directory FROM pragma_database_size()",
);
const database = size.getRowObjectsJson()[0];
const result = await writeDataset(connection, out, {
  createdBy: { command: 'generate', seed, scale },
});
const written = performance.now();
const rows = Object.fromEntries(
  Object.entries(result.manifest.tables).map(([table, info]) => [table, info?.rows ?? 0]),
);
console.log(
  JSON.stringify({
    scale,
    seed,
    generate_s: (generated - start) / 1000,
    write_s: (written - generated) / 1000,
    bytes: result.bytes,
    rss_after_generate_mib: rssAfterGenerate / 2 ** 20,
    steps,
    database,
    rows,
  }),
);
connection.closeSync();
