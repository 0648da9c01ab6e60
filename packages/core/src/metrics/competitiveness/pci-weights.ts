import { MetricOptionsError } from '../metric-options-error.js';
/** The PCI weights of quality, materials, market and compliance, summing to 1. */
export type PciWeights = readonly [number, number, number, number];

/** metrics.md section 3: 0.25 each unless the caller passes others. */
export const defaultPciWeights: PciWeights = [0.25, 0.25, 0.25, 0.25];

/**
 * The weights a caller passed, divided by their sum (the default when none). Negative, non-finite
 * or all-zero weights have no meaning as shares of the index, so they are refused with one sentence.
 *
 *     pciWeights([2, 1, 1, 0]) // [0.5, 0.25, 0.25, 0]
 *     pciWeights(undefined)    // [0.25, 0.25, 0.25, 0.25]
 */
export function pciWeights(weights: readonly number[] | undefined): PciWeights {
  if (weights === undefined) return defaultPciWeights;
  if (weights.length !== 4) {
    throw new MetricOptionsError(
      `PCI weights must be 4 numbers (quality, materials, market, compliance), got ${weights.length}.`,
      'weights',
    );
  }
  if (weights.some((weight) => !Number.isFinite(weight) || weight < 0)) {
    throw new MetricOptionsError(
      `PCI weights must be finite and not negative, got ${weights.join(',')}.`,
      'weights',
    );
  }
  const [q = 0, m = 0, k = 0, c = 0] = weights;
  const sum = q + m + k + c;
  if (!(sum > 0)) throw new MetricOptionsError('PCI weights must not all be zero.', 'weights');
  return [q / sum, m / sum, k / sum, c / sum];
}
