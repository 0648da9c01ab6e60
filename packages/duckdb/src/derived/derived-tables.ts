import {
  assessmentDimensionsSql,
  productYearsColumnsSql,
  type ColumnSpec,
  type LaterDerivedTable,
} from '@anyam/core';

/**
 * The derived tables a dataset may carry beside its own (data/README.md, "Derived tables"): facts
 * the metric SQL would otherwise join or aggregate on every request, computed once when the
 * dataset is written. Each is plain Parquet under `derived/`, the year-keyed ones Hive-partitioned
 * by `year` like the fact tables, so that any engine reads them as they are.
 */
export const derivedTableNames = [
  'artisan_facts',
  'artisan_years',
  'product_years',
  'product_region_sums',
  'assessment_region_sums',
  'outcome_facts',
  'enterprise_firsts',
  'reach_region_years',
  'product_points',
] as const;
export type DerivedTableName = (typeof derivedTableNames)[number];

/**
 * The derived tables added after datasets had been written with the others. A manifest may lack
 * them (a dataset written before): `openDataset` then makes each a view that computes it from the
 * base tables, so the metric SQL reads the same name, with the same numbers, either way.
 *
 *     isLaterDerivedTable('assessment_region_sums') // true
 *     isLaterDerivedTable('product_points')         // true
 *     isLaterDerivedTable('artisan_facts')          // false
 */
export function isLaterDerivedTable(table: DerivedTableName): boolean {
  return (
    table === 'assessment_region_sums' || (laterTableNames as readonly string[]).includes(table)
  );
}

/**
 * The later derived tables the metric SQL reads only when a dataset holds them as files
 * (core's `LaterDerivedTable`, told through `MetricOptions.derived.laterTables`): computed on
 * read, each would cost more than the SQL it replaces.
 */
export const laterTableNames: readonly LaterDerivedTable[] = [
  'enterprise_firsts',
  'reach_region_years',
  'product_points',
];

/** The base tables each derived table is computed from (all must be in the dataset). */
export const derivedSources: Record<DerivedTableName, readonly string[]> = {
  artisan_facts: ['artisans', 'enterprises'],
  artisan_years: ['participations', 'programs', 'artisans', 'enterprises'],
  product_years: ['products', 'enterprises', 'assessments'],
  product_region_sums: ['products', 'enterprises', 'assessments'],
  assessment_region_sums: ['products', 'enterprises', 'assessments'],
  outcome_facts: ['outcomes', 'enterprises'],
  enterprise_firsts: ['participations', 'artisans', 'enterprises'],
  reach_region_years: ['participations', 'programs', 'artisans', 'enterprises'],
  product_points: ['products', 'enterprises', 'assessments'],
};

const c = (name: string, type: ColumnSpec['type']): ColumnSpec => ({ name, type });

// The artisan's own columns and its enterprise's, as reach and retention read them.
const artisanColumns: readonly ColumnSpec[] = [
  c('artisan_id', 'VARCHAR'),
  c('enterprise_id', 'VARCHAR'),
  c('region_code', 'VARCHAR'),
  c('craft_category', 'VARCHAR'),
  c('size_class', 'VARCHAR'),
  c('enterprise_registered_on', 'DATE'),
  c('registered_on', 'DATE'),
  c('gender', 'VARCHAR'),
  c('birth_year', 'INTEGER'),
];

/** The columns of each derived table, in order (`year` last for the partitioned ones). */
export const derivedColumns: Record<DerivedTableName, readonly ColumnSpec[]> = {
  artisan_facts: artisanColumns,
  artisan_years: [
    ...artisanColumns,
    c('program_type', 'VARCHAR'),
    c('council_id', 'VARCHAR'),
    c('participations', 'INTEGER'),
    c('completed', 'INTEGER'),
    c('year', 'INTEGER'),
  ],
  product_years: [
    c('product_id', 'VARCHAR'),
    c('enterprise_id', 'VARCHAR'),
    c('region_code', 'VARCHAR'),
    c('craft_category', 'VARCHAR'),
    c('local_material_share', 'DOUBLE'),
    c('certifications', 'VARCHAR[]'),
    c('channels', 'VARCHAR[]'),
    c('assessed', 'BOOLEAN'),
    c('dcp', 'INTEGER'),
    c('material', 'INTEGER'),
    c('market_readiness', 'INTEGER'),
    c('year', 'INTEGER'),
  ],
  product_region_sums: [
    c('region_code', 'VARCHAR'),
    c('products', 'BIGINT'),
    c('quality_points', 'BIGINT'),
    c('materials', 'DOUBLE'),
    c('market_points', 'BIGINT'),
    c('compliance_points', 'BIGINT'),
    c('year', 'INTEGER'),
  ],
  assessment_region_sums: [
    c('region_code', 'VARCHAR'),
    c('assessments', 'BIGINT'),
    c('quality_points', 'BIGINT'),
    c('materials', 'DOUBLE'),
    c('market_points', 'BIGINT'),
    c('compliance_points', 'BIGINT'),
    c('year', 'INTEGER'),
  ],
  outcome_facts: [
    c('enterprise_id', 'VARCHAR'),
    c('region_code', 'VARCHAR'),
    c('craft_category', 'VARCHAR'),
    c('revenue_idr', 'BIGINT'),
    c('year', 'INTEGER'),
  ],
  // Not keyed by year (`first_year` is a value), so one file: no partition.
  enterprise_firsts: [
    c('enterprise_id', 'VARCHAR'),
    c('region_code', 'VARCHAR'),
    c('first_year', 'INTEGER'),
  ],
  reach_region_years: [
    c('region_code', 'VARCHAR'),
    c('eligible_artisans', 'BIGINT'),
    c('eligible_female', 'BIGINT'),
    c('eligible_micro', 'BIGINT'),
    c('eligible_youth', 'BIGINT'),
    c('eligible_enterprises', 'BIGINT'),
    c('reached_artisans', 'BIGINT'),
    c('reached_female', 'BIGINT'),
    c('reached_micro', 'BIGINT'),
    c('reached_youth', 'BIGINT'),
    c('reached_enterprises', 'BIGINT'),
    c('participations', 'BIGINT'),
    c('completed', 'BIGINT'),
    c('year', 'INTEGER'),
  ],
  product_points: [
    c('product_id', 'VARCHAR'),
    c('region_code', 'VARCHAR'),
    c('craft_category', 'VARCHAR'),
    c('assessed', 'BOOLEAN'),
    c('quality_points', 'INTEGER'),
    c('market_points', 'INTEGER'),
    c('compliance_points', 'INTEGER'),
    c('materials', 'DOUBLE'),
    c('year', 'INTEGER'),
  ],
};

/**
 * Whether a derived table is stored Hive-partitioned by year.
 *
 *     isDerivedPartitioned('artisan_years') // true
 *     isDerivedPartitioned('artisan_facts') // false
 */
export function isDerivedPartitioned(table: DerivedTableName): boolean {
  return derivedColumns[table].some((column) => column.name === 'year');
}

/**
 * Whether `file` is a path a dataset may hold for derived table `table`:
 * `derived/artisan_facts.parquet` or `derived/artisan_years/year=2024/data_0.parquet`.
 *
 *     isDerivedFile('artisan_years', 'derived/artisan_years/year=2024/data_0.parquet') // true
 *     isDerivedFile('artisan_facts', '../x.parquet')                                   // false
 */
export function isDerivedFile(table: DerivedTableName, file: string): boolean {
  if (!isDerivedPartitioned(table)) return file === `derived/${table}.parquet`;
  return new RegExp(`^derived/${table}/year=\\d{4}/[A-Za-z0-9_-]+\\.parquet$`).test(file);
}

/**
 * The artisan counts of `reach_region_years` for `prefix` (`eligible` or `reached`), over rows
 * of `artisan_facts` aliased `f` in year `year`: all of them, and the female, micro-enterprise and
 * youth ones as reach defines them.
 *
 *     groupCounts('reached', 'r."year"')
 *     // "count(*) AS reached_artisans, count(*) FILTER (WHERE f.gender = 'F') AS reached_female, ..."
 */
function groupCounts(prefix: 'eligible' | 'reached', year: string): string {
  return `count(*) AS ${prefix}_artisans,
    count(*) FILTER (WHERE f.gender = 'F') AS ${prefix}_female,
    count(*) FILTER (WHERE f.size_class = 'micro') AS ${prefix}_micro,
    count(*) FILTER (WHERE ${year} - f.birth_year < 30) AS ${prefix}_youth`;
}

/**
 * The SELECT that computes derived table `table` from the base tables, each read through
 * `from(name)` (a table or view name, or a `read_parquet(...)` subquery), over the years
 * `firstYear..lastYear` (product_years has a row per product and year). Rows are sorted by
 * region code, so that a scope's rows sit together and DuckDB skips the other row groups.
 * `reach_region_years` and `product_points` read `artisan_facts`, `artisan_years` and
 * `product_years` through `from` too, so those must exist first (they come before them in
 * `derivedTableNames`): computing them again from the base tables would double the work and the
 * memory of writing a national dataset.
 *
 *     derivedSelect('artisan_facts', (t) => `"${t}"`, 2021, 2025)
 *     // 'SELECT a.artisan_id, ... FROM "artisans" a JOIN "enterprises" e ON ... ORDER BY ...'
 */
export function derivedSelect(
  table: DerivedTableName,
  from: (base: string) => string,
  firstYear: number,
  lastYear: number,
): string {
  const artisan = `a.artisan_id, a.enterprise_id, e.region_code, e.craft_category, e.size_class,
    e.registered_on AS enterprise_registered_on, a.registered_on, a.gender, a.birth_year`;
  switch (table) {
    case 'artisan_facts':
      return `SELECT ${artisan}
  FROM ${from('artisans')} a JOIN ${from('enterprises')} e ON e.enterprise_id = a.enterprise_id
  ORDER BY e.region_code, a.artisan_id`;
    case 'artisan_years':
      // The join with programs is made here, once: a participation in a program the dataset does
      // not hold counts nowhere (as in the metrics), and the program's type and council come along.
      return `SELECT ${artisan}, pr.program_type, pr.council_id,
    CAST(count(*) AS INTEGER) AS participations,
    CAST(count(*) FILTER (WHERE p.completed) AS INTEGER) AS completed,
    CAST(year(p.enrolled_on) AS INTEGER) AS "year"
  FROM ${from('participations')} p
  JOIN ${from('programs')} pr ON pr.program_id = p.program_id
  JOIN ${from('artisans')} a ON a.artisan_id = p.artisan_id
  JOIN ${from('enterprises')} e ON e.enterprise_id = a.enterprise_id
  WHERE p.enrolled_on IS NOT NULL
  GROUP BY ALL
  ORDER BY "year", e.region_code, a.artisan_id, pr.program_type, pr.council_id`;
    case 'product_years':
      // Per year-end Y, each product's latest assessment dated by Y-12-31 (however old), the very
      // aggregates competitiveness and advice take: (product_id, assessed_on) is the key, so every
      // arg_max comes from the same assessment.
      return `WITH years AS (SELECT CAST(range AS INTEGER) AS y FROM range(${firstYear}, ${lastYear + 1})),
latest AS (
  SELECT y.y, a.product_id,
    arg_max(a.design + a.craftsmanship + a.packaging, a.assessed_on) AS dcp,
    arg_max(a.material, a.assessed_on) AS material,
    arg_max(a.market_readiness, a.assessed_on) AS market_readiness
  FROM years y JOIN ${from('assessments')} a
    ON a.year <= y.y AND a.assessed_on <= make_date(y.y, 12, 31)
  GROUP BY y.y, a.product_id
)
SELECT p.product_id, p.enterprise_id, e.region_code, p.craft_category, p.local_material_share,
  p.certifications, p.channels, l.product_id IS NOT NULL AS assessed,
  CAST(l.dcp AS INTEGER) AS dcp, CAST(l.material AS INTEGER) AS material,
  CAST(l.market_readiness AS INTEGER) AS market_readiness, y.y AS "year"
FROM years y
CROSS JOIN ${from('products')} p
JOIN ${from('enterprises')} e ON e.enterprise_id = p.enterprise_id
LEFT JOIN latest l ON l.y = y.y AND l.product_id = p.product_id
ORDER BY "year", e.region_code, p.product_id`;
    case 'product_region_sums':
      // Per year-end and enterprise region code, the assessed products' dimension points summed
      // (quality, market and compliance as integers, as advice sums them), so that ranking every
      // council of the country reads a few thousand rows instead of a million products.
      return `WITH p AS (${derivedSelect('product_years', from, firstYear, lastYear)})
SELECT region_code, count(*) AS products,
  sum(dcp - 3) AS quality_points,
  sum(((material - 1) / 4.0::DOUBLE + local_material_share::DOUBLE) / 2.0::DOUBLE) AS materials,
  sum(5 * (market_readiness - 1) + 4 * len(list_distinct(coalesce(channels, [])))) AS market_points,
  sum(least(len(list_distinct(coalesce(certifications, []))), 3)) AS compliance_points,
  "year"
FROM p WHERE assessed AND region_code IS NOT NULL
GROUP BY "year", region_code
ORDER BY "year", region_code`;
    case 'assessment_region_sums':
      // Per calendar year of `assessed_on` and enterprise region code, every assessment's own
      // dimension points summed (not a product's latest), so that visit_outcomes' mean PCI of a
      // region and year, linear in these sums, reads a few thousand rows instead of scoring
      // every assessment of two years. `year` is the assessments' partition key (the year of
      // `assessed_on`), so a filter on it, through the view an older dataset gets, prunes files.
      return `SELECT e.region_code, CAST(count(*) AS BIGINT) AS assessments,
  CAST(sum(a.design + a.craftsmanship + a.packaging - 3) AS BIGINT) AS quality_points,
  sum(((a.material - 1) / 4.0::DOUBLE + p.local_material_share::DOUBLE) / 2.0::DOUBLE) AS materials,
  CAST(sum(5 * (a.market_readiness - 1) + 4 * len(list_distinct(coalesce(p.channels, [])))) AS BIGINT) AS market_points,
  CAST(sum(least(len(list_distinct(coalesce(p.certifications, []))), 3)) AS BIGINT) AS compliance_points,
  CAST(a.year AS INTEGER) AS "year"
FROM ${from('assessments')} a
JOIN ${from('products')} p ON p.product_id = a.product_id
JOIN ${from('enterprises')} e ON e.enterprise_id = p.enterprise_id
WHERE a.year IS NOT NULL
GROUP BY ALL
ORDER BY "year", e.region_code`;
    case 'outcome_facts':
      return `SELECT o.enterprise_id, e.region_code, e.craft_category, o.revenue_idr, CAST(o.year AS INTEGER) AS "year"
  FROM ${from('outcomes')} o JOIN ${from('enterprises')} e ON e.enterprise_id = o.enterprise_id
  WHERE o.year IS NOT NULL
  ORDER BY "year", e.region_code, o.enterprise_id`;
    case 'enterprise_firsts':
      // Each enterprise's first participation, ever (the year of the first `enrolled_on` of any
      // of its artisans; null when none), the cohort impact and the event study give it, so that
      // neither reads every participation of its region's artisans on each request.
      return `WITH artisan_first AS (
  SELECT p.artisan_id, min(p.year) AS first_year FROM ${from('participations')} p GROUP BY p.artisan_id
),
enterprise_first AS (
  SELECT a.enterprise_id, min(f.first_year) AS first_year
  FROM artisan_first f JOIN ${from('artisans')} a ON a.artisan_id = f.artisan_id
  GROUP BY a.enterprise_id
)
SELECT DISTINCT e.enterprise_id, e.region_code, CAST(f.first_year AS INTEGER) AS first_year
FROM ${from('enterprises')} e LEFT JOIN enterprise_first f ON f.enterprise_id = e.enterprise_id
ORDER BY e.region_code, e.enterprise_id`;
    case 'reach_region_years':
      // Read from artisan_facts and artisan_years, written before it (see derivedSelect).
      // Reach of one whole calendar year Y, counted per enterprise region code: every count is
      // of artisans or enterprises, each of one region code, so a scope's counts (and each of
      // its children's) are sums of these rows. As in reach, an artisan or enterprise is
      // eligible when registered by Y-12-31, youth is Y - birth_year < 30, and an artisan is
      // reached by a participation (in a program of the dataset) enrolled in Y.
      return `WITH years AS (SELECT CAST(range AS INTEGER) AS y FROM range(${firstYear}, ${lastYear + 1})),
f AS (SELECT * FROM ${from('artisan_facts')}),
ay AS (SELECT * FROM ${from('artisan_years')}),
eligible AS (
  SELECT y.y AS "year", f.region_code, ${groupCounts('eligible', 'y.y')}
  FROM years y JOIN f ON f.registered_on <= make_date(y.y, 12, 31)
  GROUP BY ALL
),
firms AS (
  SELECT y.y AS "year", e.region_code, count(*) AS eligible_enterprises
  FROM years y JOIN ${from('enterprises')} e ON e.registered_on <= make_date(y.y, 12, 31)
  GROUP BY ALL
),
reached AS (
  SELECT DISTINCT "year", artisan_id FROM ay
  WHERE "year" BETWEEN ${firstYear} AND ${lastYear} AND registered_on <= make_date("year", 12, 31)
),
reached_facts AS (
  SELECT r."year", f.region_code, ${groupCounts('reached', 'r."year"')},
    count(DISTINCT f.enterprise_id) FILTER (WHERE f.enterprise_registered_on <= make_date(r."year", 12, 31)) AS reached_enterprises
  FROM reached r JOIN f ON f.artisan_id = r.artisan_id AND f.registered_on <= make_date(r."year", 12, 31)
  GROUP BY ALL
),
parts AS (
  SELECT "year", region_code, sum(participations) AS participations, sum(completed) AS completed
  FROM ay
  WHERE "year" BETWEEN ${firstYear} AND ${lastYear} AND registered_on <= make_date("year", 12, 31)
  GROUP BY ALL
)
SELECT region_code,
  ${derivedColumns.reach_region_years
    .filter((column) => column.type === 'BIGINT')
    .map((column) => `CAST(coalesce(${column.name}, 0) AS BIGINT) AS ${column.name}`)
    .join(',\n  ')},
  "year"
FROM eligible
FULL JOIN firms USING ("year", region_code)
FULL JOIN reached_facts USING ("year", region_code)
FULL JOIN parts USING ("year", region_code)
WHERE region_code IS NOT NULL
ORDER BY "year", region_code`;
    case 'product_points':
      // The rows of product_years with the dimension points of the latest assessment already
      // computed (the same expressions competitiveness evaluates, so the same bits): the
      // distinct channels and certifications of a million products are not counted again on
      // every request, and their lists are not read.
      return `SELECT product_id, region_code, craft_category, assessed, quality_points, market_points,
  compliance_points, materials, "year"
FROM (
  SELECT product_id, region_code, craft_category, assessed, "year",
    ${assessmentDimensionsSql(productYearsColumnsSql)}
  FROM ${from('product_years')}
)
ORDER BY "year", region_code, product_id`;
  }
}
