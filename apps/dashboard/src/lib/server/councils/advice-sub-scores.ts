/**
 * `GET /api/advice/sub-scores?region=&year=`: beside the advice answer, every council's four PCI
 * dimensions and the indicators inside them (design, craftsmanship, packaging, ...), from each
 * product's latest assessment by `to` as competitiveness takes it, suppressed as its means are.
 * The advice page reads the advised council's and each candidate's.
 *
 * A request of its own, not a part of `/api/advice`: the separate scores need every product's
 * latest assessment itself (the derived tables keep only design + craftsmanship + packaging),
 * a scan of the assessments that advice over the derived tables no longer makes, so the ranking
 * does not wait for it. It depends on the period's end only, so one answer serves every council
 * and dimension of a year.
 */
import { pciDimensions, suppress, suppressionSpec, type PciDimension } from '@anyam/core';
import type { DatasetHandle } from '@anyam/duckdb';
import { metricOptions } from '../api.js';
import { suppressionK } from '../config.js';
import { getDataset } from '../dataset.js';
import { queryObject } from '../params.js';
import { cachedFor } from './cached-for.js';
import {
  subScoreFields,
  subScoresOfRegion,
  type SubScoreField,
  type SubScoreSums,
} from './sub-scores-of-region.js';

/** One dimension of a council's products with the indicators inside it, on 0–100. */
export interface DimensionSubScores {
  dimension: PciDimension;
  score: number | null;
  sub_scores: { field: SubScoreField; score: number | null }[];
}

/** A council's published sub-scores; `suppressed` names the dimensions and indicators hidden. */
export interface CouncilSubScores {
  products_assessed: number | null;
  dimensions: DimensionSubScores[];
  suppressed: string[];
}

// Every value is a mean over the products assessed: hidden with them, as competitiveness hides its means.
const subScoreSuppression = suppressionSpec({
  products_assessed: { kind: 'count', unit: 'products' },
  ...Object.fromEntries(
    [...pciDimensions, ...pciDimensions.flatMap((dimension) => subScoreFields[dimension])].map(
      (field) => [field, { kind: 'mean', over: ['products_assessed'] }] as const,
    ),
  ),
});

// Per enterprise region code, so that each council's region sums the codes it holds. One arg_max
// per score: (product_id, assessed_on) is the table's key, so all come from the same assessment.
const sumsSql = `
WITH latest AS (
  SELECT product_id,
    arg_max(design, assessed_on) AS design,
    arg_max(craftsmanship, assessed_on) AS craftsmanship,
    arg_max(packaging, assessed_on) AS packaging,
    arg_max(material, assessed_on) AS material,
    arg_max(market_readiness, assessed_on) AS market_readiness
  FROM assessments
  WHERE year <= $to_year AND assessed_on <= CAST($to AS DATE)
  GROUP BY product_id
)
SELECT e.region_code, count(*)::INTEGER AS products,
  sum(l.design - 1)::DOUBLE AS design_points,
  sum(l.craftsmanship - 1)::DOUBLE AS craftsmanship_points,
  sum(l.packaging - 1)::DOUBLE AS packaging_points,
  sum(l.material - 1)::DOUBLE AS material_points,
  sum(p.local_material_share::DOUBLE) AS local_material_share,
  sum(l.market_readiness - 1)::DOUBLE AS market_readiness_points,
  sum(len(list_distinct(coalesce(p.channels, []))))::DOUBLE AS channel_count,
  sum(least(len(list_distinct(coalesce(p.certifications, []))), 3))::DOUBLE AS certification_points,
  sum(((l.material - 1) / 4.0::DOUBLE + p.local_material_share::DOUBLE) / 2.0::DOUBLE) AS materials
FROM latest l
JOIN products p ON p.product_id = l.product_id
JOIN (SELECT enterprise_id, region_code FROM enterprises WHERE region_code IS NOT NULL) e
  ON e.enterprise_id = p.enterprise_id
GROUP BY e.region_code`;

/** The per-code sums by `to` (an ISO date), read once per dataset version and date. */
export function subScoreSums(handle: DatasetHandle, to: string): Promise<SubScoreSums[]> {
  return cachedFor(handle, `advice-sub-scores:${to}`, async () => {
    const rows = await handle.query(sumsSql, { to, to_year: Number(to.slice(0, 4)) });
    return rows as unknown as SubScoreSums[];
  });
}

/**
 * The published sub-scores of the councils whose regions are `regionCodes`, in that order:
 * small-cell suppression over all of them at once, as the metric's rows.
 *
 *     councilSubScores(sums, ['36.02', '36.03'])
 *     // [{ products_assessed: 658, dimensions: [{ dimension: 'quality', score: 51.2,
 *     //    sub_scores: [{ field: 'design', score: 55.1 }, ...] }, ...], suppressed: [] }, ...]
 */
export function councilSubScores(
  sums: readonly SubScoreSums[],
  regionCodes: readonly string[],
): CouncilSubScores[] {
  const published = suppress(
    regionCodes.map((code) => subScoresOfRegion(sums, code)),
    subScoreSuppression,
    suppressionK,
  );
  return published.map((row) => {
    const value = (field: string): number | null =>
      typeof row[field] === 'number' ? row[field] : null;
    return {
      products_assessed: value('products_assessed'),
      dimensions: pciDimensions.map((dimension) => ({
        dimension,
        score: value(dimension),
        sub_scores: subScoreFields[dimension].map((field) => ({ field, score: value(field) })),
      })),
      suppressed: row.suppressed,
    };
  });
}

/** The answer of `GET /api/advice/sub-scores`: by council id. */
export interface AdviceSubScoresAnswer {
  region: string;
  from: string;
  to: string;
  sub_scores: Record<string, CouncilSubScores>;
}

export async function adviceSubScoresResponse(
  query: URLSearchParams,
): Promise<AdviceSubScoresAnswer> {
  const raw = queryObject(query, ['region', 'year', 'from', 'to', 'lang']);
  const handle = await getDataset();
  // The period as competitiveness reads it (the same checks and the same default year).
  const options = await metricOptions(handle, 'competitiveness', {
    ...(raw.region ? { region: raw.region } : {}),
    ...(raw.year ? { year: raw.year } : {}),
    ...(raw.from ? { from: raw.from } : {}),
    ...(raw.to ? { to: raw.to } : {}),
  });
  const councils = await cachedFor(handle, 'councils:all', () =>
    handle.query('SELECT council_id, name, region_code FROM councils'),
  );
  const scores = councilSubScores(
    await subScoreSums(handle, options.to),
    councils.map((council) => String(council.region_code)),
  );
  return {
    region: options.region,
    from: options.from,
    to: options.to,
    sub_scores: Object.fromEntries(
      councils.map((council, i) => [String(council.council_id), scores[i]!]),
    ),
  };
}
