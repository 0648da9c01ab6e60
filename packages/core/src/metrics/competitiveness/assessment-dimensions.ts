import type { Assessment, Product } from '../../domain/schemas.js';
import type { PciDimensions } from './pci.js';

/** One assessment's PCI dimensions (0–1) and the integer points they are made of. */
export interface AssessmentDimensions {
  /**
   * Quality, market and compliance as whole numbers of their smallest step (quality in twelfths,
   * market in fortieths, compliance in thirds): sums of these are exact, so means built from them
   * tie exactly when they tie in arithmetic, in TypeScript and in SQL alike.
   */
  readonly points: {
    readonly quality: number;
    readonly market: number;
    readonly compliance: number;
  };
  readonly dimensions: PciDimensions;
}

/**
 * The PCI dimensions of a product under one of its assessments, on the fixed goalposts of
 * metrics.md section 3: scores `(s - 1) / 4`, distinct certifications up to 3 (of 3), distinct
 * channels out of 5, the local material share as it is. `assessmentDimensionsSql` is the same in
 * DuckDB.
 *
 *     assessmentDimensions({ design: 4, craftsmanship: 4, packaging: 4, material: 3, market_readiness: 3, ... },
 *       { local_material_share: 0.5, certifications: ['halal'], channels: ['local', 'ecommerce'], ... })
 *     // { points: { quality: 9, market: 18, compliance: 1 },
 *     //   dimensions: { quality: 0.75, materials: 0.5, market: 0.45, compliance: 1 / 3 } }
 */
export function assessmentDimensions(
  assessment: Pick<
    Assessment,
    'design' | 'craftsmanship' | 'packaging' | 'material' | 'market_readiness'
  >,
  product: Pick<Product, 'local_material_share' | 'certifications' | 'channels'>,
): AssessmentDimensions {
  const points = {
    quality: assessment.design + assessment.craftsmanship + assessment.packaging - 3,
    market: 5 * (assessment.market_readiness - 1) + 4 * new Set(product.channels).size,
    compliance: Math.min(new Set(product.certifications).size, 3),
  };
  return {
    points,
    dimensions: {
      quality: points.quality / 12,
      materials: ((assessment.material - 1) / 4 + product.local_material_share) / 2,
      market: points.market / 40,
      compliance: points.compliance / 3,
    },
  };
}
