// Bundled and run by results-metrics.mjs: event_study, programs and visit_outcomes through
// `runMetric` over a dataset, each next to a hand-written DuckDB query of the same numbers,
// median of RUNS runs after a warm-up, with a check that both give the same numbers.
import { performance } from 'node:perf_hooks';
import { openDataset, runMetric } from '../src/index.js';

const dir = process.argv[2] as string;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const inBanten = (column: string) => `(${column} = '36' OR starts_with(${column}, '36.'))`;

const eventStudyByHand = `
WITH ent AS (SELECT enterprise_id FROM enterprises WHERE ${inBanten('region_code')}),
first AS (
  SELECT a.enterprise_id, min(p.year) AS g FROM participations p
  JOIN artisans a ON a.artisan_id = p.artisan_id JOIN ent ON ent.enterprise_id = a.enterprise_id GROUP BY 1),
firms AS (SELECT ent.enterprise_id, first.g FROM ent LEFT JOIN first ON first.enterprise_id = ent.enterprise_id),
cohorts AS (SELECT DISTINCT g FROM firms WHERE g BETWEEN $from_year AND $to_year),
ev AS (SELECT unnest([-3, -2, 0, 1, 2, 3]) AS e),
y AS (
  SELECT o.enterprise_id, o.year, ln(o.revenue_idr::DOUBLE) AS ly FROM outcomes o
  JOIN ent ON ent.enterprise_id = o.enterprise_id WHERE o.revenue_idr > 0),
d AS (
  SELECT c.g, ev.e, f.g IS NOT DISTINCT FROM c.g AS treated, a.ly - b.ly AS d
  FROM cohorts c CROSS JOIN ev
  JOIN firms f ON f.g = c.g OR f.g IS NULL OR f.g > greatest(c.g, c.g + ev.e)
  JOIN y a ON a.enterprise_id = f.enterprise_id AND a.year = c.g + ev.e
  JOIN y b ON b.enterprise_id = f.enterprise_id AND b.year = c.g - 1),
gt AS (
  SELECT g, e, count(*) FILTER (WHERE treated) AS nt, count(*) FILTER (WHERE NOT treated) AS nc,
    avg(d) FILTER (WHERE treated) - avg(d) FILTER (WHERE NOT treated) AS att,
    sqrt(var_samp(d) FILTER (WHERE treated) / count(*) FILTER (WHERE treated)
       + var_samp(d) FILTER (WHERE NOT treated) / count(*) FILTER (WHERE NOT treated)) AS se
  FROM d GROUP BY g, e
  HAVING count(*) FILTER (WHERE treated) >= 2 AND count(*) FILTER (WHERE NOT treated) >= 2)
SELECT CAST(e AS VARCHAR) AS event_time, count(*)::INTEGER AS cohorts, sum(nt)::INTEGER AS treated_n,
  sum(nc)::INTEGER AS comparison_n, sum(nt * att) / sum(nt) AS att,
  sqrt(sum(w ** 2 * se ** 2)) AS se
FROM (SELECT *, nt / sum(nt) OVER (PARTITION BY e) AS w FROM gt)
GROUP BY e ORDER BY e`;

const programsByHand = `
WITH p AS (
  SELECT * FROM programs WHERE council_id IN (SELECT council_id FROM councils WHERE ${inBanten('region_code')})
    AND start_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)),
r AS (SELECT x.program_id, x.artisan_id, x.completed FROM participations x JOIN p ON p.program_id = x.program_id),
pp AS (
  SELECT p.program_id, p.target_participants AS t, p.budget_idr AS b, count(r.artisan_id) AS n,
    count(*) FILTER (WHERE r.completed) AS k
  FROM p LEFT JOIN r ON r.program_id = p.program_id GROUP BY ALL)
SELECT count(*)::INTEGER AS programs, sum(t)::INTEGER AS target_participants, sum(n)::INTEGER AS participants,
  (SELECT count(DISTINCT artisan_id) FROM r)::INTEGER AS artisans, sum(k)::INTEGER AS completed,
  sum(n) / sum(t) AS target_attainment, avg((n >= t)::INTEGER) FILTER (WHERE t > 0) AS on_target_share,
  sum(k) / sum(n) AS completion_rate, sum(b)::DOUBLE AS budget_idr, sum(b) / sum(n) AS cost_per_participant,
  sum(b) / sum(k) AS cost_per_completion
FROM pp`;

const visitOutcomesByHand = `
WITH v AS (
  SELECT s.visit_id, s.visiting_council_id, s.visit_date, s.practice_ids, c.region_code AS vc,
    CASE WHEN strpos(c.region_code, '.') > 0 THEN regexp_replace(c.region_code, '\\.[^.]*$', '') END AS parent,
    year(s.visit_date) AS y
  FROM study_visits s JOIN councils c ON c.council_id = s.visiting_council_id
  WHERE ${inBanten('c.region_code')} AND s.visit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)),
shown AS (SELECT DISTINCT visit_id, visiting_council_id, visit_date, unnest(practice_ids) AS practice_id FROM v),
practice_counts AS (
  SELECT visit_id, count(*) AS shown, count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM adoptions a WHERE a.council_id = shown.visiting_council_id AND a.practice_id = shown.practice_id
      AND a.stage IN ('adopted', 'institutionalized') AND a.adopted_on >= shown.visit_date)) AS adopted
  FROM shown GROUP BY visit_id),
scored AS (
  SELECT a.year, e.region_code AS rc,
    25 * ((a.design + a.craftsmanship + a.packaging - 3) / 12 + ((a.material - 1) / 4 + p.local_material_share) / 2
      + (5 * (a.market_readiness - 1) + 4 * len(list_distinct(p.channels))) / 40
      + least(len(list_distinct(p.certifications)), 3) / 3) AS pci
  FROM assessments a JOIN products p ON p.product_id = a.product_id JOIN enterprises e ON e.enterprise_id = p.enterprise_id
  WHERE a.year IN (SELECT DISTINCT y - 1 FROM v UNION SELECT DISTINCT y + 1 FROM v)),
tagged AS (
  SELECT v.visit_id, s.year - v.y AS side, s.pci,
    s.rc = v.vc OR starts_with(s.rc, v.vc || '.') AS own,
    v.parent IS NULL OR s.rc = v.parent OR starts_with(s.rc, v.parent || '.') AS in_parent
  FROM v JOIN scored s ON s.year IN (v.y - 1, v.y + 1)),
sides AS (
  SELECT visit_id,
    count(*) FILTER (WHERE own AND side = -1) AS nb, count(*) FILTER (WHERE own AND side = 1) AS na,
    avg(pci) FILTER (WHERE own AND side = -1) AS pb, avg(pci) FILTER (WHERE own AND side = 1) AS pa,
    avg(pci) FILTER (WHERE NOT own AND in_parent AND side = -1) AS bb,
    avg(pci) FILTER (WHERE NOT own AND in_parent AND side = 1) AS ba
  FROM tagged GROUP BY visit_id)
SELECT v.visit_id, coalesce(pc.shown, 0)::INTEGER AS practices_shown, coalesce(pc.adopted, 0)::INTEGER AS practices_adopted,
  coalesce(nb, 0)::INTEGER AS assessed_before, coalesce(na, 0)::INTEGER AS assessed_after,
  pb AS pci_before, pa AS pci_after, pa - pb AS pci_change, ba - bb AS benchmark_change, (pa - pb) - (ba - bb) AS relative_change
FROM v LEFT JOIN practice_counts pc ON pc.visit_id = v.visit_id LEFT JOIN sides x ON x.visit_id = v.visit_id
ORDER BY v.visit_date, v.visit_id`;

// The same over the derived sums (data/README.md, "Derived tables"), as an analyst who knows
// them would write it: each region code's PCI total from its summed points, no scoring.
const visitOutcomesBySums = visitOutcomesByHand.replace(
  /scored AS \([\s\S]*?\)\),\ntagged AS \([\s\S]*?\)\),\nsides AS \([\s\S]*?GROUP BY visit_id\)/,
  `grouped AS (
  SELECT year, region_code AS rc, assessments AS n,
    25 * (quality_points / 12 + materials + market_points / 40 + compliance_points / 3) AS total
  FROM assessment_region_sums WHERE year IN (SELECT DISTINCT y - 1 FROM v UNION SELECT DISTINCT y + 1 FROM v)),
tagged AS (
  SELECT v.visit_id, s.year - v.y AS side, s.n, s.total,
    s.rc = v.vc OR starts_with(s.rc, v.vc || '.') AS own,
    v.parent IS NULL OR s.rc = v.parent OR starts_with(s.rc, v.parent || '.') AS in_parent
  FROM v JOIN grouped s ON s.year IN (v.y - 1, v.y + 1)),
sides AS (
  SELECT visit_id,
    sum(n) FILTER (WHERE own AND side = -1) AS nb, sum(n) FILTER (WHERE own AND side = 1) AS na,
    sum(total) FILTER (WHERE own AND side = -1) / sum(n) FILTER (WHERE own AND side = -1) AS pb,
    sum(total) FILTER (WHERE own AND side = 1) / sum(n) FILTER (WHERE own AND side = 1) AS pa,
    sum(total) FILTER (WHERE NOT own AND in_parent AND side = -1) / sum(n) FILTER (WHERE NOT own AND in_parent AND side = -1) AS bb,
    sum(total) FILTER (WHERE NOT own AND in_parent AND side = 1) / sum(n) FILTER (WHERE NOT own AND in_parent AND side = 1) AS ba
  FROM tagged GROUP BY visit_id)`,
);
if (visitOutcomesBySums === visitOutcomesByHand) throw new Error('visitOutcomesBySums: no match');
const wholeCountry = (sql: string) => sql.replace(`${inBanten('c.region_code')} AND `, '');

type Row = Record<string, unknown>;
const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
    : (a ?? null) === (b ?? null);

async function main() {
  const dataset = await openDataset(dir);
  // The same files as a reader that knows no derived tables: the base-table SQL.
  const plain = await openDataset(dir);
  const withoutDerived = { query: plain.query, read: plain.read };
  const hasSums = dataset.manifest.derived?.tables.assessment_region_sums !== undefined;
  console.log(
    `dataset ${dir}; derived: ${dataset.manifest.derived ? Object.keys(dataset.manifest.derived.tables).join(', ') : 'none'}`,
  );
  const cases: {
    label: string;
    metric: string;
    options: Record<string, string>;
    hand: string;
    /** A second hand-written query, over the derived tables, when the dataset has them. */
    handOverDerived?: string;
    params: Record<string, string | number>;
    rows: (rows: Row[]) => Row[];
  }[] = [
    {
      label: 'event_study (every year, revenue, H = 3)',
      metric: 'event_study',
      options: {},
      hand: eventStudyByHand,
      params: { from_year: 2021, to_year: 2025 },
      // The hand query has the event times with an estimate, without the summary rows.
      rows: (rows) => rows.filter((row) => row.cohorts !== undefined && row.cohorts !== 0),
    },
    {
      label: 'programs (2025)',
      metric: 'programs',
      options: {},
      hand: programsByHand,
      params: { from: '2025-01-01', to: '2025-12-31' },
      rows: (rows) => rows,
    },
    {
      label: 'visit_outcomes --year 2024',
      metric: 'visit_outcomes',
      options: { year: '2024' },
      hand: visitOutcomesByHand,
      ...(hasSums ? { handOverDerived: visitOutcomesBySums } : {}),
      params: { from: '2024-01-01', to: '2024-12-31' },
      rows: (rows) => rows,
    },
    {
      // Every visit of the country. By hand over the derived sums only: over the base tables the
      // hand-written join meets each of the 574 visits with every assessment of two years.
      label: 'visit_outcomes --region ID --year 2024',
      metric: 'visit_outcomes',
      options: { region: 'ID', year: '2024' },
      hand: wholeCountry(hasSums ? visitOutcomesBySums : visitOutcomesByHand),
      params: { from: '2024-01-01', to: '2024-12-31' },
      rows: (rows) => rows,
    },
  ];
  const differencesOf = (metricRows: Row[], handRows: Row[]) => {
    let differences = 0;
    handRows.forEach((row, i) => {
      for (const [field, value] of Object.entries(row))
        if (
          !same(
            metricRows[i]?.[field],
            typeof value === 'string' && field !== 'visit_id' && field !== 'event_time'
              ? Number(value)
              : value,
          )
        ) {
          if (differences < 3)
            console.log(
              `  differs: row ${i} ${field}: ${String(metricRows[i]?.[field])} vs ${String(value)}`,
            );
          differences += 1;
        }
    });
    if (handRows.length !== metricRows.length) differences += 1;
    return differences;
  };
  const time = async (run: () => Promise<unknown>) => {
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      await run();
      walls.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
    }
    return { wall: median(walls), cpu: median(cpus) };
  };
  const ms = (t: { wall: number; cpu: number }) =>
    `${t.wall.toFixed(0).padStart(5)} / ${t.cpu.toFixed(0).padStart(5)} ms`;
  for (const c of cases) {
    const metricRows = c.rows((await runMetric(dataset, c.metric, c.options)).rows as Row[]);
    const hands = [
      {
        label: c.hand.includes('assessment_region_sums') ? 'by hand over derived' : 'by hand',
        sql: c.hand,
      },
    ];
    if (c.handOverDerived) hands.push({ label: 'by hand over derived', sql: c.handOverDerived });
    for (const hand of hands) {
      const handRows = (await dataset.query(hand.sql, c.params)) as Row[];
      const differences = differencesOf(metricRows, handRows);
      const metric = await time(() => runMetric(dataset, c.metric, c.options));
      const byHand = await time(() => dataset.query(hand.sql, c.params));
      console.log(
        `${c.label.padEnd(42)} runMetric ${ms(metric)} wall / CPU; ${hand.label} ${ms(byHand)}; ratio ${(metric.wall / byHand.wall).toFixed(2)}; ${handRows.length} rows, ${differences === 0 ? 'same numbers' : `${differences} DIFFERENCES`}`,
      );
    }
    if (dataset.manifest.derived) {
      const base = await time(() => runMetric(withoutDerived, c.metric, c.options));
      console.log(`${''.padEnd(42)} runMetric without derived tables ${ms(base)} wall / CPU`);
    }
  }
  await plain.close();
  await dataset.close();
}

await main();
