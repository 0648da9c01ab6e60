import { childOf } from '../../regions/code.js';
import { rowKeys } from '../row-keys.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';
import { competitivenessKey } from './competitiveness-groups.js';
import { median } from '../median.js';
import { pci } from './pci.js';
import { pciWeights } from './pci-weights.js';
import type { ProductScore } from './product-scores.js';
import { productScores } from './product-scores.js';

/** metrics.md: a product is export-ready with PCI ≥ 70, with 1e-9 of slack for rounding. */
export const exportReadyThreshold = 70 - 1e-9;

/**
 * Product competitiveness (metrics.md section 3) of the products of enterprises in `region`,
 * each by its latest assessment up to `to`: one row keyed `region_code = region`, or one per
 * child region (`by: 'region'`), or one per craft category of the product (`by: 'craft_category'`).
 *
 *     // the worked example of competitiveness.example.test.ts
 *     competitiveness(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // [{ region_code: '36', products_assessed: 3, unassessed: 2, pci_median: 56.04, pci_mean: 52.01,
 *     //    export_ready_share: 0.333, quality: 50, materials: 50, market: 52.5, compliance: 55.56 }]
 */
export function competitiveness(input: MetricInput, options: MetricOptions): MetricRow[] {
  const key = competitivenessKey(options.by);
  const weights = pciWeights(options.weights);
  const weighting = options.weighting ?? 'arithmetic';
  const { region } = options;
  const scores = productScores(input, { region, to: options.to });

  const keys = rowKeys(region, options.by, input.regions, input.enterprises);
  const groups = new Map<string, ProductScore[]>(keys.map((k) => [k, []]));
  for (const score of scores) {
    const k =
      options.by === 'region'
        ? (childOf(score.region_code, region) ?? region)
        : key === 'craft_category'
          ? score.craft_category
          : region;
    groups.get(k)?.push(score);
  }

  return keys.map((k) => {
    const products = groups.get(k) ?? [];
    let n = 0;
    let pciSum = 0;
    let ready = 0;
    let quality = 0;
    let materials = 0;
    let market = 0;
    let compliance = 0;
    const values: number[] = [];
    for (const product of products) {
      if (!product.dimensions || !product.points) continue;
      const value = pci(product.dimensions, weighting, weights);
      n += 1;
      pciSum += value;
      if (value >= exportReadyThreshold) ready += 1;
      values.push(value);
      quality += product.points.quality;
      materials += product.dimensions.materials;
      market += product.points.market;
      compliance += product.points.compliance;
    }
    return {
      [key]: k,
      products_assessed: n,
      unassessed: products.length - n,
      pci_median: median(values),
      pci_mean: n === 0 ? null : pciSum / n,
      export_ready_share: n === 0 ? null : ready / n,
      // Integer points over one division: exact ties stay ties in both engines.
      quality: n === 0 ? null : (100 * quality) / (12 * n),
      materials: n === 0 ? null : (100 * materials) / n,
      market: n === 0 ? null : (100 * market) / (40 * n),
      compliance: n === 0 ? null : (100 * compliance) / (3 * n),
    };
  });
}
