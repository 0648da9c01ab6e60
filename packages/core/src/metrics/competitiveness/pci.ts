import type { PciWeights } from './pci-weights.js';

/** The four PCI dimensions of one product, each on 0–1. */
export interface PciDimensions {
  readonly quality: number;
  readonly materials: number;
  readonly market: number;
  readonly compliance: number;
}

/** metrics.md section 3: a weighted sum, or a weighted geometric mean of dimensions floored at 0.01. */
export type PciWeighting = 'arithmetic' | 'geometric';

/**
 * The product competitiveness index (0–100) of one product's dimensions.
 *
 * The geometric form is computed as `exp(Σ w ln(max(dim, 0.01)))`, exactly as the SQL does
 * (`pciSql`), so that the two engines round alike around the export-ready threshold.
 *
 *     pci({ quality: 0.5, materials: 1, market: 0.5, compliance: 0 }, 'arithmetic', [0.25, 0.25, 0.25, 0.25])
 *     // 50
 *     pci({ quality: 1, materials: 1, market: 1, compliance: 1 }, 'geometric', [0.25, 0.25, 0.25, 0.25])
 *     // 100
 */
export function pci(
  dimensions: PciDimensions,
  weighting: PciWeighting,
  weights: PciWeights,
): number {
  const [wq, wm, wk, wc] = weights;
  const { quality, materials, market, compliance } = dimensions;
  if (weighting === 'geometric') {
    const log = (value: number): number => Math.log(Math.max(value, 0.01));
    return (
      100 *
      Math.exp(wq * log(quality) + wm * log(materials) + wk * log(market) + wc * log(compliance))
    );
  }
  return 100 * (wq * quality + wm * materials + wk * market + wc * compliance);
}
