import { assessmentDimensionsSql } from '../competitiveness/assessment-dimensions-sql.js';
import { pciSql } from '../competitiveness/pci-sql.js';
import { defaultPciWeights } from '../competitiveness/pci-weights.js';
import { inRegionSql } from '../in-region-sql.js';
import type { MetricOptions, SqlQuery } from '../types.js';
import { parentCodeSql } from './parent-code-sql.js';

/**
 * The DuckDB SQL of {@link visitOutcomes}: the same rows, in the same order. Only the
 * assessments of the calendar years next to a counted visit's year are scored (the `year`
 * partition column), each with `assessmentDimensionsSql` and `pciSql('arithmetic')` under the
 * default weights, as competitiveness does, then summed per year and region code before they
 * meet the visits.
 *
 *     visitOutcomesSql({ region: '36', from: '2023-01-01', to: '2023-12-31' })
 *     // { sql: 'WITH scope_councils AS (...) ...', params: { region: '36', from: '2023-01-01', ... } }
 */
export function visitOutcomesSql(options: MetricOptions): SqlQuery {
  const [w_quality, w_materials, w_market, w_compliance] = defaultPciWeights;
  const own = "(s.region_code = v.v_code OR starts_with(s.region_code, v.v_code || '.'))";
  const inParent =
    "(v.parent IS NULL OR s.region_code = v.parent OR starts_with(s.region_code, v.parent || '.'))";
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
dimensions AS (
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
  -- The constant range lets DuckDB prune the year partitions; the list keeps the two years of each visit.
  WHERE a.year BETWEEN CAST($from_year AS INTEGER) - 1 AND CAST($to_year AS INTEGER) + 1
    AND a.year IN (SELECT year FROM years)
),
scored AS (SELECT year, region_code, ${pciSql('arithmetic')} AS pci FROM dimensions),
-- Summed per year and enterprise region code first, so that each visit meets a few thousand
-- groups instead of every assessment of two years.
grouped AS (SELECT year, region_code, count(*) AS n, sum(pci) AS total FROM scored GROUP BY year, region_code),
sides AS (
  SELECT v.visit_id,
    sum(s.n) FILTER (WHERE s.year = v.y - 1 AND ${own}) AS n_before,
    sum(s.n) FILTER (WHERE s.year = v.y + 1 AND ${own}) AS n_after,
    sum(s.total) FILTER (WHERE s.year = v.y - 1 AND ${own}) / sum(s.n) FILTER (WHERE s.year = v.y - 1 AND ${own}) AS pci_before,
    sum(s.total) FILTER (WHERE s.year = v.y + 1 AND ${own}) / sum(s.n) FILTER (WHERE s.year = v.y + 1 AND ${own}) AS pci_after,
    sum(s.total) FILTER (WHERE s.year = v.y - 1 AND NOT ${own} AND ${inParent})
      / sum(s.n) FILTER (WHERE s.year = v.y - 1 AND NOT ${own} AND ${inParent}) AS bench_before,
    sum(s.total) FILTER (WHERE s.year = v.y + 1 AND NOT ${own} AND ${inParent})
      / sum(s.n) FILTER (WHERE s.year = v.y + 1 AND NOT ${own} AND ${inParent}) AS bench_after
  FROM visits v JOIN grouped s ON s.year = v.y - 1 OR s.year = v.y + 1
  GROUP BY v.visit_id
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
