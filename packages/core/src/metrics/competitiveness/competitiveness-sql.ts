import { regionKeySql } from '../region-key-sql.js';
import { rowKeysSql } from '../row-keys-sql.js';
import type { MetricOptions, SqlQuery, SqlValue } from '../types.js';
import { competitivenessKey } from './competitiveness-groups.js';
import { exportReadyThreshold } from './competitiveness.js';
import { pciSql } from './pci-sql.js';
import { pciWeights } from './pci-weights.js';
import { regionProductScoresSql } from './region-product-scores-sql.js';

/**
 * The DuckDB SQL of `competitiveness`: same rows, same order, same field names.
 *
 *     competitivenessSql({ region: '36', from: '2024-01-01', to: '2024-12-31', by: 'region' })
 *     // { sql: 'WITH scored AS (...) SELECT k.key AS region_code, ...', params: { region: '36', ... } }
 */
export function competitivenessSql(options: MetricOptions): SqlQuery {
  const key = competitivenessKey(options.by);
  const [wq, wm, wk, wc] = pciWeights(options.weights);
  const weighting = options.weighting ?? 'arithmetic';
  const params: Record<string, SqlValue> = {
    region: options.region,
    to: options.to,
    to_year: Number(options.to.slice(0, 4)),
    w_quality: wq,
    w_materials: wm,
    w_market: wk,
    w_compliance: wc,
    export_ready: exportReadyThreshold,
  };
  const groupKey =
    options.by === 'region'
      ? regionKeySql('region_code')
      : key === 'craft_category'
        ? 'craft_category'
        : '$region';
  const keys = rowKeysSql(options.by, params);
  const scored = regionProductScoresSql(options);
  if (!scored.readsDate) delete params.to;
  const sql = `
WITH scored AS (${scored.sql}),
scoped AS (
  SELECT ${groupKey} AS key, assessed, quality_points, market_points, compliance_points, materials,
    CASE WHEN assessed THEN ${pciSql(weighting)} END AS pci
  FROM scored
),
agg AS (
  SELECT key,
    count(pci)::INTEGER AS n,
    count(*) FILTER (WHERE NOT assessed)::INTEGER AS unassessed,
    median(pci) AS pci_median,
    sum(pci) / count(pci) AS pci_mean,
    count(pci) FILTER (WHERE pci >= $export_ready) / count(pci) AS export_ready_share,
    CAST(100 * sum(quality_points) AS DOUBLE) / CAST(12 * count(pci) AS DOUBLE) AS quality,
    (100 * sum(materials)) / count(pci) AS materials,
    CAST(100 * sum(market_points) AS DOUBLE) / CAST(40 * count(pci) AS DOUBLE) AS market,
    CAST(100 * sum(compliance_points) AS DOUBLE) / CAST(3 * count(pci) AS DOUBLE) AS compliance
  FROM scoped GROUP BY key
)
SELECT keys.k AS ${key},
  coalesce(a.n, 0)::INTEGER AS products_assessed,
  coalesce(a.unassessed, 0)::INTEGER AS unassessed,
  CASE WHEN a.n > 0 THEN a.pci_median END AS pci_median,
  CASE WHEN a.n > 0 THEN a.pci_mean END AS pci_mean,
  CASE WHEN a.n > 0 THEN a.export_ready_share::DOUBLE END AS export_ready_share,
  CASE WHEN a.n > 0 THEN a.quality END AS quality,
  CASE WHEN a.n > 0 THEN a.materials END AS materials,
  CASE WHEN a.n > 0 THEN a.market END AS market,
  CASE WHEN a.n > 0 THEN a.compliance END AS compliance
FROM ${keys} LEFT JOIN agg a ON a.key = keys.k
ORDER BY keys.ord`;
  return { sql, params };
}
