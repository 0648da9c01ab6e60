import { assessmentDimensionsSql } from '../competitiveness/assessment-dimensions-sql.js';
import { pciSql } from '../competitiveness/pci-sql.js';
import { defaultPciWeights } from '../competitiveness/pci-weights.js';
import { inRegionSql } from '../in-region-sql.js';
import type { MetricOptions, SqlQuery } from '../types.js';
import { parentCodeSql } from './parent-code-sql.js';

// The constant range lets DuckDB prune the year partitions; the list keeps the two years of each visit.
const nearVisitYearsSql = (year: string) =>
  `${year} BETWEEN CAST($from_year AS INTEGER) - 1 AND CAST($to_year AS INTEGER) + 1
    AND ${year} IN (SELECT year FROM years)`;

// From the base tables: each assessment scored, then summed per year and enterprise region code,
// so that each visit meets a few thousand groups instead of every assessment of two years.
const baseGroupedSql = `dimensions AS (
  SELECT a.year, e.region_code,
    ${assessmentDimensionsSql({
      designCraftsmanshipPackaging: 'a.design + a.craftsmanship + a.packaging',
      material: 'a.material',
      marketReadiness: 'a.market_readiness',
      localMaterialShare: 'p.local_material_share',
      channels: 'p.channels',
      certifications: 'p.certifications',
      assessed: 'true',
    })}
  FROM assessments a
  JOIN products p ON p.product_id = a.product_id
  JOIN enterprises e ON e.enterprise_id = p.enterprise_id
  WHERE ${nearVisitYearsSql('a.year')}
),
scored AS (SELECT year, region_code, ${pciSql('arithmetic')} AS pci FROM dimensions),
grouped AS (SELECT year, region_code, count(*) AS n, sum(pci) AS total FROM scored GROUP BY year, region_code)`;

// The same groups from the derived `assessment_region_sums` (each assessment's points already
// summed per year and region code): the arithmetic PCI is linear in the dimensions, so a group's
// summed PCI is the PCI of its summed dimensions. The table holds every assessment of the
// dataset, whatever the years, so it covers any period.
const derivedGroupedSql = `grouped AS (
  SELECT year, region_code, assessments AS n, ${pciSql('arithmetic')} AS total
  FROM (
    SELECT year, region_code, assessments, quality_points / 12.0::DOUBLE AS quality, materials,
      market_points / 40.0::DOUBLE AS market, compliance_points / 3.0::DOUBLE AS compliance
    FROM assessment_region_sums WHERE ${nearVisitYearsSql('year')}
  )
)`;

/**
 * The DuckDB SQL of {@link visitOutcomes}: the same rows, in the same order. Each assessment of
 * the calendar years next to a counted visit's year (the `year` partition column) is scored with
 * `assessmentDimensionsSql` and `pciSql('arithmetic')` under the default weights, as
 * competitiveness does, and summed per year and region code before the sums meet the visits;
 * with derived tables (`options.derived`) those sums are read from `assessment_region_sums`.
 *
 *     visitOutcomesSql({ region: '36', from: '2023-01-01', to: '2023-12-31' })
 *     // { sql: 'WITH scope_councils AS (...) ...', params: { region: '36', from: '2023-01-01', ... } }
 */
export function visitOutcomesSql(options: MetricOptions): SqlQuery {
  const [w_quality, w_materials, w_market, w_compliance] = defaultPciWeights;
  const sql = `
WITH scope_councils AS (
  SELECT council_id, region_code FROM councils WHERE ${inRegionSql('region_code')}
),
visits AS (
  SELECT sv.visit_id, sv.visiting_council_id, sv.host_council_id, sv.visit_date, sv.practice_ids,
    c.region_code AS v_code, ${parentCodeSql('c.region_code')} AS parent, CAST(year(sv.visit_date) AS INTEGER) AS y
  FROM study_visits sv JOIN scope_councils c ON c.council_id = sv.visiting_council_id
  WHERE sv.visit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
),
shown AS (
  SELECT DISTINCT visit_id, practice_id FROM (SELECT visit_id, unnest(practice_ids) AS practice_id FROM visits)
),
practice_counts AS (
  SELECT s.visit_id, count(*) AS shown,
    count(*) FILTER (WHERE EXISTS (
      SELECT 1 FROM adoptions a
      WHERE a.council_id = v.visiting_council_id AND a.practice_id = s.practice_id
        AND a.stage IN ('adopted', 'institutionalized') AND a.adopted_on >= v.visit_date
    )) AS adopted
  FROM shown s JOIN visits v ON v.visit_id = s.visit_id
  GROUP BY s.visit_id
),
years AS (SELECT DISTINCT y - 1 AS year FROM visits UNION SELECT DISTINCT y + 1 FROM visits),
${options.derived ? derivedGroupedSql : baseGroupedSql},
-- Each group counted at its own code and at every code above it ('36.01.02' also at '36.01' and
-- '36'), with the whole dataset's sums under a NULL code: a region's sums, and so the rest of a
-- parent region (the parent's sums minus the region's), are then equality lookups per visit
-- instead of a prefix test of every group (574 visits of the country meet ~16,000 groups). A
-- visit's region and its parent lie in the visit's province, so only those provinces roll up.
sums AS (
  SELECT year, code, sum(n) AS n, sum(total) AS total FROM (
    SELECT year, n, total,
      unnest(list_transform(range(1, len(parts) + 1), i -> array_to_string(parts[1:i], '.'))) AS code
    FROM (
      SELECT year, n, total, string_split(region_code, '.') AS parts FROM grouped
      WHERE split_part(region_code, '.', 1) IN (SELECT split_part(v_code, '.', 1) FROM visits)
    )
  ) GROUP BY year, code
  UNION ALL
  SELECT year, NULL, sum(n), sum(total) FROM grouped GROUP BY year
),
sides AS (
  SELECT v.visit_id, ob.n AS n_before, oa.n AS n_after,
    ob.total / ob.n AS pci_before, oa.total / oa.n AS pci_after,
    (pb.total - coalesce(ob.total, 0)) / nullif(pb.n - coalesce(ob.n, 0), 0) AS bench_before,
    (pa.total - coalesce(oa.total, 0)) / nullif(pa.n - coalesce(oa.n, 0), 0) AS bench_after
  FROM visits v
  LEFT JOIN sums ob ON ob.year = v.y - 1 AND ob.code = v.v_code
  LEFT JOIN sums oa ON oa.year = v.y + 1 AND oa.code = v.v_code
  LEFT JOIN sums pb ON pb.year = v.y - 1 AND pb.code IS NOT DISTINCT FROM v.parent
  LEFT JOIN sums pa ON pa.year = v.y + 1 AND pa.code IS NOT DISTINCT FROM v.parent
)
SELECT v.visit_id, v.visiting_council_id, v.host_council_id, strftime(v.visit_date, '%Y-%m-%d') AS visit_date,
  CAST(coalesce(pc.shown, 0) AS INTEGER) AS practices_shown,
  CAST(coalesce(pc.adopted, 0) AS INTEGER) AS practices_adopted,
  CASE WHEN pc.shown > 0 THEN CAST(pc.adopted AS DOUBLE) / pc.shown END AS adoption_rate,
  CAST(coalesce(x.n_before, 0) AS INTEGER) AS assessed_before,
  CAST(coalesce(x.n_after, 0) AS INTEGER) AS assessed_after,
  CAST(x.pci_before AS DOUBLE) AS pci_before,
  CAST(x.pci_after AS DOUBLE) AS pci_after,
  CAST(x.pci_after - x.pci_before AS DOUBLE) AS pci_change,
  CAST(x.bench_after - x.bench_before AS DOUBLE) AS benchmark_change,
  CAST((x.pci_after - x.pci_before) - (x.bench_after - x.bench_before) AS DOUBLE) AS relative_change
FROM visits v
LEFT JOIN practice_counts pc ON pc.visit_id = v.visit_id
LEFT JOIN sides x ON x.visit_id = v.visit_id
ORDER BY v.visit_date, v.visit_id`;
  return {
    sql,
    params: {
      region: options.region,
      from: options.from,
      to: options.to,
      from_year: Number(options.from.slice(0, 4)),
      to_year: Number(options.to.slice(0, 4)),
      w_quality,
      w_materials,
      w_market,
      w_compliance,
    },
  };
}
