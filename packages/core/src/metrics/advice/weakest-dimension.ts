import { pciDimensions, type PciDimension } from '../../domain/enums.js';
import type { DimensionMeans } from './dimension-means.js';
import { scoreKey } from './score-key.js';

/**
 * The dimension with the lowest mean (ties: the first in quality, materials, market, compliance
 * order). A council without assessed products has no weakest dimension, so it gets the first,
 * quality, rather than an error: the advice still ranks candidates, with a null gap.
 *
 *     weakestDimension({ quality: 70, materials: 40, market: 40, compliance: 90 }) // 'materials'
 *     weakestDimension({ quality: null, materials: null, market: null, compliance: null }) // 'quality'
 */
export function weakestDimension(means: DimensionMeans): PciDimension {
  let weakest: PciDimension = pciDimensions[0];
  let lowest = Infinity;
  for (const dimension of pciDimensions) {
    const mean = means[dimension];
    if (mean == null) continue;
    const key = scoreKey(mean);
    if (key < lowest) {
      lowest = key;
      weakest = dimension;
    }
  }
  return weakest;
}
