import type { PciDimension } from '../../domain/enums.js';
import type { ProductScore } from '../competitiveness/product-scores.js';

/** The four dimension means of a set of assessed products on 0–100, or nulls without any. */
export type DimensionMeans = Readonly<Record<PciDimension, number | null>>;

/**
 * The dimension means (0–100) of the assessed products among `products`, with the number
 * assessed. Quality, market and compliance come from integer points over one division (as in
 * `competitiveness`), so equal means are equal doubles in both engines.
 *
 *     // Kabupaten Tangerang on the Banten demo dataset (seed 42), by 2025-12-31
 *     dimensionMeans(productScores(input, { region: '36.03', to: '2025-12-31' }))
 *     // { n: 832, means: { quality: 74.24, materials: 78.06, market: 63.53, compliance: 21.55 } }
 */
export function dimensionMeans(products: readonly ProductScore[]): {
  n: number;
  means: DimensionMeans;
} {
  let n = 0;
  let quality = 0;
  let materials = 0;
  let market = 0;
  let compliance = 0;
  for (const product of products) {
    if (!product.dimensions || !product.points) continue;
    n += 1;
    quality += product.points.quality;
    materials += product.dimensions.materials;
    market += product.points.market;
    compliance += product.points.compliance;
  }
  if (n === 0)
    return { n, means: { quality: null, materials: null, market: null, compliance: null } };
  return {
    n,
    means: {
      quality: (100 * quality) / (12 * n),
      materials: (100 * materials) / n,
      market: (100 * market) / (40 * n),
      compliance: (100 * compliance) / (3 * n),
    },
  };
}
