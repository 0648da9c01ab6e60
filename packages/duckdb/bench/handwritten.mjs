#!/usr/bin/env node
// Each metric through `runMetric` (the metric SQL, over the derived tables when the dataset has
// them) next to a hand-written DuckDB query of the same numbers over the base tables, run side by
// side (alternating) in one process, median of RUNS runs after a warm-up, with a check that
// both give the same numbers. Recorded in BENCHMARKS.md ("## National scale"). Needs the build:
//   pnpm --filter @anyam/duckdb... build
//   node packages/duckdb/bench/handwritten.mjs [DATASET_DIR]     (default data/national; BENCH_RUNS=7)
// Also times every metric once more over the same dataset opened without its derived tables
// (`manifest.derived` ignored), to show what they save.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openDataset, runMetric } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = resolve(process.argv[2] ?? process.env.ANYAM_BENCH_DATA ?? join(root, 'data/national'));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average before: ${load()}`,
);

if (!existsSync(join(dir, 'manifest.json'))) {
  console.log(
    `handwritten: no dataset at ${dir} (run \`anyam generate --scale national --out data/national\`), skipped`,
  );
  process.exit(0);
}
const dataset = await openDataset(dir);
const plain = await openDataset(dir);
// The same dataset as a reader that knows no derived tables: the base-table SQL.
const withoutDerived = { query: plain.query, read: plain.read };
const year = Math.max(
  ...dataset.manifest.tables.participations.files.map((f) => Number(/year=(\d{4})/.exec(f)[1])),
);
const from = `${year}-01-01`;
const to = `${year}-12-31`;
console.log(
  `dataset ${dir}: ${Object.entries(dataset.manifest.tables)
    .map(([t, e]) => `${t} ${e.rows}`)
    .join(
      ', ',
    )}; derived: ${dataset.manifest.derived ? Object.keys(dataset.manifest.derived.tables).join(', ') : 'none'}; year ${year}`,
);
const [{ council_id: council }] = await dataset.query(
  "SELECT council_id FROM councils WHERE region_code = '36' OR starts_with(region_code, '36.') ORDER BY council_id LIMIT 1",
);
const inBanten = (c) => `(${c} = '36' OR starts_with(${c}, '36.'))`;
const params = { from, to, y: year };

// Hand-written: what an analyst who knows DuckDB would write for the headline numbers.
const hand = {
  reach: `
WITH e AS (SELECT enterprise_id, size_class, registered_on FROM enterprises WHERE ${inBanten('region_code')}),
el AS (SELECT a.artisan_id, a.enterprise_id, e.registered_on <= $to::DATE AS ee FROM artisans a JOIN e USING (enterprise_id) WHERE a.registered_on <= $to::DATE),
p AS (SELECT p.artisan_id, p.completed FROM participations p JOIN programs pr USING (program_id)
      WHERE p.year = $y AND p.artisan_id IN (SELECT artisan_id FROM el)),
r AS (SELECT DISTINCT artisan_id FROM p)
SELECT (SELECT count(*) FROM el)::INTEGER AS eligible_artisans, (SELECT count(*) FROM r)::INTEGER AS reached_artisans,
  (SELECT count(DISTINCT el.enterprise_id) FROM r JOIN el USING (artisan_id) WHERE el.ee)::INTEGER AS reached_enterprises,
  (SELECT avg(completed::INTEGER) FROM p) AS completion_rate`,
  retention: `
WITH el AS (SELECT a.artisan_id FROM artisans a JOIN enterprises e USING (enterprise_id) WHERE ${inBanten('e.region_code')} AND a.registered_on <= $to::DATE),
r AS (SELECT DISTINCT p.artisan_id FROM participations p JOIN programs USING (program_id) WHERE p.year = $y AND p.artisan_id IN (SELECT artisan_id FROM el)),
n AS (SELECT DISTINCT p.artisan_id FROM participations p JOIN programs USING (program_id) WHERE p.year = $y + 1 AND p.artisan_id IN (SELECT artisan_id FROM r))
SELECT (SELECT count(*) FROM r)::INTEGER AS reached, (SELECT count(*) FROM n)::INTEGER AS retained`,
  competitiveness: `
WITH pr AS (SELECT p.* FROM products p JOIN enterprises e USING (enterprise_id) WHERE ${inBanten('e.region_code')}),
l AS (SELECT * FROM assessments WHERE year <= $y AND assessed_on <= $to::DATE AND product_id IN (SELECT product_id FROM pr)
      QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY assessed_on DESC) = 1),
s AS (SELECT (design + craftsmanship + packaging - 3) / 12.0 AS q,
        ((material - 1) / 4.0 + local_material_share) / 2 AS m,
        ((market_readiness - 1) / 4.0 + len(list_distinct(channels)) / 5.0) / 2 AS k,
        least(len(list_distinct(certifications)), 3) / 3.0 AS c
      FROM l JOIN pr USING (product_id))
SELECT count(*)::INTEGER AS products_assessed, (SELECT count(*) FROM pr)::INTEGER - count(*)::INTEGER AS unassessed,
  median(25 * (q + m + k + c)) AS pci_median, avg(25 * (q + m + k + c)) AS pci_mean FROM s`,
  rca: `
WITH x AS (SELECT CASE WHEN e.region_code = '36' THEN '36' ELSE '36.' || split_part(substr(e.region_code, 4), '.', 1) END AS r,
             e.craft_category AS c, o.revenue_idr AS v
           FROM outcomes o JOIN enterprises e USING (enterprise_id) WHERE o.year = $y AND ${inBanten('e.region_code')}),
t AS (SELECT r, c, sum(v) AS v FROM x GROUP BY ALL HAVING sum(v) > 0)
SELECT r AS region_code, c AS craft_category, (v / sum(v) OVER (PARTITION BY r)) / (sum(v) OVER (PARTITION BY c) / sum(v) OVER ()) AS rca
FROM t ORDER BY r, c`,
  advice: `
WITH l AS (SELECT product_id, arg_max(design + craftsmanship + packaging, assessed_on) AS dcp
           FROM assessments WHERE year <= $y AND assessed_on <= $to::DATE GROUP BY product_id),
g AS (SELECT e.region_code, count(*) AS n, sum(l.dcp - 3) AS points
      FROM l JOIN products USING (product_id) JOIN enterprises e USING (enterprise_id) GROUP BY 1),
s AS (SELECT c.council_id, sum(g.n) AS n, 100 * sum(g.points) / (12 * sum(g.n)) AS score FROM councils c JOIN g
        ON g.region_code = c.region_code OR starts_with(g.region_code, c.region_code || '.')
      WHERE c.council_id <> $council GROUP BY c.council_id HAVING sum(g.n) >= 20)
SELECT council_id, score AS dimension_score FROM s ORDER BY score DESC, council_id LIMIT 10`,
};
const cases = [
  [
    'reach',
    {},
    (rows) => rows[0],
    ['eligible_artisans', 'reached_artisans', 'reached_enterprises', 'completion_rate'],
  ],
  ['retention', {}, (rows) => rows[0], ['reached', 'retained']],
  [
    'competitiveness',
    {},
    (rows) => rows[0],
    ['products_assessed', 'unassessed', 'pci_median', 'pci_mean'],
  ],
  [
    'rca',
    {},
    (rows) => rows.filter((r) => r.revenue_idr > 0).sort(byPair),
    ['region_code', 'craft_category', 'rca'],
  ],
  [
    'advice',
    { council, dimension: 'quality' },
    (rows) => rows.slice(0, 10),
    ['council_id', 'dimension_score'],
  ],
];
const byPair = (a, b) =>
  a.region_code.localeCompare(b.region_code) || a.craft_category.localeCompare(b.craft_category);
const close = (a, b) =>
  typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b))
    : a === b;

async function time(fn) {
  const start = performance.now();
  const out = await fn();
  return [performance.now() - start, out];
}

console.log(
  '| metric (national, region 36) | runMetric median | hand-written median | ratio | without derived tables | same numbers |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, extra, pick, fields] of cases) {
  const options = { region: '36', year, ...extra };
  // Only the parameters the query names: DuckDB refuses one it does not use.
  const handParams = Object.fromEntries(
    Object.entries({ ...params, council }).filter(([key]) =>
      new RegExp(`\\$${key}\\b`).test(hand[name]),
    ),
  );
  await runMetric(dataset, name, options);
  await runMetric(withoutDerived, name, options);
  await dataset.query(hand[name], handParams);
  const metricTimes = [];
  const handTimes = [];
  const plainTimes = [];
  let metricRows;
  let handRows;
  for (let i = 0; i < RUNS; i += 1) {
    const [a, result] = await time(() => runMetric(dataset, name, options));
    const [b, rows] = await time(() => dataset.query(hand[name], handParams));
    const [c] = await time(() => runMetric(withoutDerived, name, options));
    metricTimes.push(a);
    handTimes.push(b);
    plainTimes.push(c);
    metricRows = result.rows;
    handRows = rows;
  }
  const got = [pick(metricRows)].flat();
  if (name === 'rca') handRows.sort(byPair);
  const want = handRows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v,
      ]),
    ),
  );
  const same =
    got.length === want.length &&
    got.every((row, i) => fields.every((field) => close(row?.[field], want[i]?.[field])));
  const m = median(metricTimes);
  const h = median(handTimes);
  console.log(
    `| ${name} | ${m.toFixed(0)} ms | ${h.toFixed(0)} ms | ${(m / h).toFixed(2)}x | ${median(plainTimes).toFixed(0)} ms | ${same ? 'yes' : `**no**: ${JSON.stringify(got[0])} vs ${JSON.stringify(want[0])}`} |`,
  );
}
console.log(`load average after: ${load()}`);
await dataset.close();
await plain.close();
