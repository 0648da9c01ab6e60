import type { CraftCategory } from '../../domain/enums.js';
import type { Assessment } from '../../domain/schemas.js';
import { isInRegion } from '../../regions/code.js';
import type { MetricInput } from '../types.js';
import { assessmentDimensions } from './assessment-dimensions.js';
import type { PciDimensions } from './pci.js';

/** One product with its latest assessment by `to` turned into PCI dimensions (null: unassessed). */
export interface ProductScore {
  readonly product_id: string;
  /** The product's own category (metrics.md: `by craft_category` is the product's). */
  readonly craft_category: CraftCategory;
  /** The region of the product's enterprise. */
  readonly region_code: string;
  readonly dimensions: PciDimensions | null;
  /**
   * Quality, market and compliance as whole numbers of their smallest step (quality in twelfths,
   * market in fortieths, compliance in thirds): sums of these are exact, so means built from them
   * tie exactly when they tie in arithmetic, in TypeScript and in SQL alike.
   */
  readonly points: {
    readonly quality: number;
    readonly market: number;
    readonly compliance: number;
  } | null;
}

/**
 * The PCI dimensions of every product of an enterprise in `region` (every product with an
 * enterprise when `region` is undefined), from each product's latest assessment with
 * `assessed_on <= to`, however old (metrics.md section 3). Scores go to 0–1 by `(s - 1) / 4`,
 * distinct certifications count up to 3 (of 3), distinct channels out of 5.
 *
 *     productScores(input, { region: '36.03', to: '2024-12-31' })
 *     // [{ product_id: 'X1', craft_category: 'batik', region_code: '36.03.01',
 *     //    dimensions: { quality: 0.75, materials: 0.6, market: 0.5, compliance: 1 / 3 },
 *     //    points: { quality: 9, market: 20, compliance: 1 } }, ...]
 */
export function productScores(
  input: Pick<MetricInput, 'enterprises' | 'products' | 'assessments'>,
  options: { readonly region?: string | undefined; readonly to: string },
): ProductScore[] {
  const { region, to } = options;
  const enterpriseRegion = new Map(input.enterprises.map((e) => [e.enterprise_id, e.region_code]));
  const latest = new Map<string, Assessment>();
  for (const assessment of input.assessments) {
    if (assessment.assessed_on > to) continue;
    const seen = latest.get(assessment.product_id);
    if (!seen || assessment.assessed_on > seen.assessed_on)
      latest.set(assessment.product_id, assessment);
  }
  const scores: ProductScore[] = [];
  for (const product of input.products) {
    const regionCode = enterpriseRegion.get(product.enterprise_id);
    if (regionCode === undefined || (region !== undefined && !isInRegion(regionCode, region)))
      continue;
    const assessment = latest.get(product.product_id);
    if (!assessment) {
      scores.push({
        product_id: product.product_id,
        craft_category: product.craft_category,
        region_code: regionCode,
        dimensions: null,
        points: null,
      });
      continue;
    }
    const { points, dimensions } = assessmentDimensions(assessment, product);
    scores.push({
      product_id: product.product_id,
      craft_category: product.craft_category,
      region_code: regionCode,
      points,
      dimensions,
    });
  }
  return scores;
}
