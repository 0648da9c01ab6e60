import type { PciDimension } from '@anyam/core';

/**
 * The indicators inside each PCI dimension (metrics.md, competitiveness): quality is the mean of
 * design, craftsmanship and packaging, materials of material and the local material share, market
 * of market readiness and sales channels, compliance the certifications alone.
 */
export const subScoreFields = {
  quality: ['design', 'craftsmanship', 'packaging'],
  materials: ['material', 'local_material_share'],
  market: ['market_readiness', 'channels'],
  compliance: ['certifications'],
} as const satisfies Record<PciDimension, readonly string[]>;

export type SubScoreField = (typeof subScoreFields)[PciDimension][number];

/**
 * One enterprise region code's sums over its assessed products (each product's latest assessment
 * by the period's end): scores as points above 1 (`design - 1`, so 0–4 a product), the local
 * material share, the distinct channels and certifications (at most 3) a product has, and the
 * materials dimension summed per product as competitiveness sums it.
 */
export interface SubScoreSums {
  region_code: string;
  products: number;
  design_points: number;
  craftsmanship_points: number;
  packaging_points: number;
  material_points: number;
  local_material_share: number;
  market_readiness_points: number;
  channel_count: number;
  certification_points: number;
  materials: number;
}

/** A region's dimension means and the indicators inside them on 0–100, over its assessed products. */
export type RegionSubScores = { products_assessed: number } & Record<
  SubScoreField | PciDimension,
  number | null
>;

/**
 * The sub-scores of a region (its code and every code under it), from the per-code sums: each
 * indicator on 0–100 as competitiveness scales it, and the four dimensions from the same integer
 * points as competitiveness (quality `100 × points / (12 n)`), so they equal its means.
 *
 *     subScoresOfRegion([{ region_code: '36.03', products: 2, design_points: 6, craftsmanship_points: 4,
 *       packaging_points: 2, ... }], '36')
 *     // { products_assessed: 2, design: 75, craftsmanship: 50, packaging: 25, quality: 50, ... }
 */
export function subScoresOfRegion(
  sums: readonly SubScoreSums[],
  regionCode: string,
): RegionSubScores {
  const total = {
    products: 0,
    design: 0,
    craftsmanship: 0,
    packaging: 0,
    material: 0,
    share: 0,
    market_readiness: 0,
    channels: 0,
    certifications: 0,
    materials: 0,
  };
  for (const row of sums) {
    if (row.region_code !== regionCode && !row.region_code.startsWith(`${regionCode}.`)) continue;
    total.products += row.products;
    total.design += row.design_points;
    total.craftsmanship += row.craftsmanship_points;
    total.packaging += row.packaging_points;
    total.material += row.material_points;
    total.share += row.local_material_share;
    total.market_readiness += row.market_readiness_points;
    total.channels += row.channel_count;
    total.certifications += row.certification_points;
    total.materials += row.materials;
  }
  const n = total.products;
  // A mean over no product is null, never 0.
  const mean = (points: number, per: number) => (n > 0 ? (100 * points) / (per * n) : null);
  return {
    products_assessed: n,
    design: mean(total.design, 4),
    craftsmanship: mean(total.craftsmanship, 4),
    packaging: mean(total.packaging, 4),
    material: mean(total.material, 4),
    local_material_share: mean(total.share, 1),
    market_readiness: mean(total.market_readiness, 4),
    channels: mean(total.channels, 5),
    certifications: mean(total.certifications, 3),
    quality: mean(total.design + total.craftsmanship + total.packaging, 12),
    materials: mean(total.materials, 1),
    market: mean(5 * total.market_readiness + 4 * total.channels, 40),
    compliance: mean(total.certifications, 3),
  };
}
