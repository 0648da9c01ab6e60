#!/usr/bin/env node
// Metric benchmarks (recorded in BENCHMARKS.md, "## Metrics"). Run by `pnpm bench` after the
// build, or alone: `node packages/duckdb/bench/metrics.mjs [DATASET_DIR]`.
//
// 1. Each metric through DuckDB (`runMetric`, default options, region 36) over the national
//    dataset (`data/national`, or the folder given / $ANYAM_BENCH_DATA): median of RUNS timed runs
//    after one warm-up. Goal: each under 500 ms. Skipped, with a note, when there is no dataset.
// 2. The TypeScript functions over 1,000,000 in-memory records (generated here, deterministic):
//    median time and records per second.
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { craftCategories, metricDefinitions, metricNames, programTypes } from '@anyam/core';
import { openDataset, runMetric } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
);

// ---- 1. DuckDB over the national dataset ----
const dataDir = resolve(
  process.argv[2] ?? process.env.ANYAM_BENCH_DATA ?? join(root, 'data/national'),
);
if (!existsSync(join(dataDir, 'manifest.json'))) {
  console.log(
    `duckdb: no dataset at ${dataDir} (run \`anyam generate --scale national --out data/national\`), skipped`,
  );
} else {
  const dataset = await openDataset(dataDir);
  const counts = Object.entries(dataset.manifest.tables ?? {}).map(
    ([table, info]) => `${table} ${info?.rows ?? info?.row_count ?? '?'}`,
  );
  console.log(`duckdb: dataset ${dataDir}: ${counts.join(', ')}`);
  const [council] = await dataset.query(
    "SELECT council_id FROM councils WHERE region_code = '36' OR starts_with(region_code, '36.') ORDER BY council_id LIMIT 1",
  );
  const cases = [];
  for (const name of metricNames) {
    if (!metricDefinitions[name]) continue;
    cases.push([name, name === 'advice' ? { council: council?.council_id } : {}]);
  }
  cases.push(
    ['reach', { by: 'region' }],
    ['reach', { by: 'program_type' }],
    ['competitiveness', { by: 'region' }],
  );
  const results = [];
  for (const [name, options] of cases) {
    if (!metricDefinitions[name]) continue;
    const label = `${name}${options.by ? ` --by ${options.by}` : ''}`;
    try {
      await runMetric(dataset, name, options);
      const times = [];
      const cpuTimes = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        const cpu = process.cpuUsage();
        const result = await runMetric(dataset, name, options);
        times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
        rows = result.rows.length;
      }
      const ms = median(times);
      results.push({ label, ms, rows });
      console.log(
        `duckdb ${label.padEnd(30)} median ${ms.toFixed(0).padStart(6)} ms wall, ${median(cpuTimes).toFixed(0).padStart(6)} ms CPU, over ${RUNS} runs (${rows} rows)${ms > 500 ? '  OVER 500 ms' : ''}`,
      );
    } catch (error) {
      console.log(`duckdb ${label.padEnd(30)} failed: ${error.message.split('\n')[0]}`);
    }
  }
  await dataset.close();
}

// ---- 2. TypeScript over 1,000,000 records ----
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(42);
const int = (n) => Math.floor(random() * n);
const pick = (values) => values[int(values.length)];
const day = (year) =>
  `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
const regencies = ['36.01', '36.02', '36.03', '36.04', '36.71', '36.72', '36.73', '36.74'];
const regions = [
  { code: '36', name: 'Banten', level: 'province', parent_code: null },
  ...regencies.map((code) => ({ code, name: code, level: 'regency', parent_code: '36' })),
];
const sizes = {
  councils: 9,
  enterprises: 30_000,
  artisans: 120_000,
  programs: 3_000,
  participations: 600_000,
  products: 60_000,
  assessments: 120_000,
  practices: 200,
  study_visits: 2_000,
  adoptions: 4_000,
  exhibitions: 300,
  exhibitors: 20_000,
  outcomes: 40_491,
};
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
const councils = Array.from({ length: sizes.councils }, (_, i) => ({
  council_id: `C${i}`,
  region_code: i === 0 ? '36' : regencies[i - 1],
  name: `Dekranasda ${i}`,
}));
const enterprises = Array.from({ length: sizes.enterprises }, (_, i) => ({
  enterprise_id: `E${i}`,
  region_code: `${pick(regencies)}${random() < 0.5 ? `.${String(1 + int(20)).padStart(2, '0')}` : ''}`,
  name: `E${i}`,
  craft_category: pick(craftCategories),
  size_class: random() < 0.7 ? 'micro' : pick(['small', 'medium']),
  owner_gender: pick(['F', 'M']),
  founded_year: 1990 + int(30),
  registered_on: day(2018 + int(7)),
}));
const artisans = Array.from({ length: sizes.artisans }, (_, i) => ({
  artisan_id: `A${i}`,
  enterprise_id: `E${int(sizes.enterprises)}`,
  gender: pick(['F', 'M']),
  birth_year: 1960 + int(45),
  registered_on: day(2018 + int(7)),
}));
const programs = Array.from({ length: sizes.programs }, (_, i) => ({
  program_id: `P${i}`,
  council_id: `C${int(sizes.councils)}`,
  name: `P${i}`,
  program_type: pick(programTypes),
  craft_category: null,
  start_date: '2021-01-01',
  end_date: '2024-12-31',
  target_region_code: '36',
  target_participants: 30,
  budget_idr: 50_000_000,
}));
const seen = new Set();
const participations = [];
while (participations.length < sizes.participations) {
  const program_id = `P${int(sizes.programs)}`;
  const artisan_id = `A${int(sizes.artisans)}`;
  if (seen.has(`${program_id}|${artisan_id}`)) continue;
  seen.add(`${program_id}|${artisan_id}`);
  participations.push({
    program_id,
    artisan_id,
    enrolled_on: day(2021 + int(4)),
    completed: random() < 0.7,
  });
}
const products = Array.from({ length: sizes.products }, (_, i) => ({
  product_id: `X${i}`,
  enterprise_id: `E${int(sizes.enterprises)}`,
  name: `X${i}`,
  craft_category: pick(craftCategories),
  unit_price_idr: 100_000,
  local_material_share: random(),
  certifications: random() < 0.3 ? ['halal'] : [],
  channels: ['local'],
}));
const assessments = Array.from({ length: sizes.assessments }, (_, i) => ({
  product_id: `X${i % sizes.products}`,
  assessed_on: `${2021 + Math.floor(i / sizes.products) * 2}-06-01`,
  assessor_council_id: 'C0',
  design: 1 + int(5),
  craftsmanship: 1 + int(5),
  material: 1 + int(5),
  packaging: 1 + int(5),
  market_readiness: 1 + int(5),
}));
const practices = Array.from({ length: sizes.practices }, (_, i) => ({
  practice_id: `K${i}`,
  name: `K${i}`,
  practice_category: 'design',
  origin_council_id: `C${int(sizes.councils)}`,
}));
const study_visits = Array.from({ length: sizes.study_visits }, (_, i) => ({
  visit_id: `V${i}`,
  visiting_council_id: `C${int(sizes.councils)}`,
  host_council_id: `C${int(sizes.councils)}`,
  visit_date: day(2021 + int(4)),
  delegation_size: 5,
  practice_ids: [`K${int(sizes.practices)}`, `K${int(sizes.practices)}`],
}));
const adoptions = Array.from({ length: sizes.adoptions }, (_, i) => ({
  council_id: `C${i % sizes.councils}`,
  practice_id: `K${Math.floor(i / sizes.councils) % sizes.practices}`,
  adopted_on: day(2021 + int(4)),
  source_visit_id: null,
  stage: 'adopted',
}));
const exhibitions = Array.from({ length: sizes.exhibitions }, (_, i) => ({
  exhibition_id: `F${i}`,
  name: `F${i}`,
  start_date: day(2021 + int(4)),
  end_date: '2024-12-31',
  region_code: '36',
  scale: pick(['local', 'provincial', 'national', 'international']),
  organizer_council_ids: [`C${int(sizes.councils)}`, `C${int(sizes.councils)}`],
}));
const exhibitors = Array.from({ length: sizes.exhibitors }, (_, i) => ({
  exhibition_id: `F${i % sizes.exhibitions}`,
  enterprise_id: `E${Math.floor(i / sizes.exhibitions) + 1000 * (i % 7)}`,
  sales_idr: 1_000_000,
  transactions: 3,
  buyer_leads: 2,
}));
const outcomes = Array.from({ length: sizes.outcomes }, (_, i) => ({
  enterprise_id: `E${i % sizes.enterprises}`,
  year: 2020 + Math.floor(i / sizes.enterprises),
  revenue_idr: 10_000_000 + int(100_000_000),
  employees: 3,
  units_sold: 100,
}));
const input = {
  regions,
  councils,
  enterprises,
  artisans,
  programs,
  participations,
  products,
  assessments,
  practices,
  study_visits,
  adoptions,
  exhibitions,
  exhibitors,
  outcomes,
};
console.log(
  `typescript: ${total.toLocaleString('en')} in-memory records (participations ${sizes.participations.toLocaleString('en')})`,
);
const options = { region: '36', from: '2024-01-01', to: '2024-12-31' };
for (const name of metricNames) {
  const definition = metricDefinitions[name];
  if (!definition) continue;
  const runOptions =
    name === 'impact'
      ? { ...options, from: '2021-01-01' }
      : name === 'advice'
        ? { ...options, council: 'C1' }
        : options;
  try {
    definition.compute(input, runOptions);
    const times = [];
    const cpuTimes = [];
    for (let i = 0; i < Math.min(RUNS, 5); i += 1) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      definition.compute(input, runOptions);
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const ms = median(times);
    const cpuMs = median(cpuTimes);
    // Records per second of CPU: the wall time on a shared machine includes other jobs' turns.
    console.log(
      `typescript ${name.padEnd(16)} median ${ms.toFixed(0).padStart(6)} ms wall, ${cpuMs.toFixed(0).padStart(6)} ms CPU, ${(total / (cpuMs / 1000) / 1e6).toFixed(1)} M records per CPU second`,
    );
  } catch (error) {
    console.log(`typescript ${name.padEnd(16)} failed: ${error.message.split('\n')[0]}`);
  }
}
