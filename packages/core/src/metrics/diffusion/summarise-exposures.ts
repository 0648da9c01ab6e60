import type { MetricRow } from '../types.js';
import { median } from '../median.js';

/** One (council, practice) pair: its earliest visit in P and, once adopted, the lag in days. */
export interface Exposure {
  readonly councilId: string;
  readonly visitDate: string;
  readonly lag: number | null;
}

/**
 * A diffusion row from exposures: how many, how many adopted, the rate (null over none) and the
 * interpolated median lag of the adopted ones (null when none).
 *
 *     summariseExposures('C1', [{ councilId: 'C1', visitDate: '2024-02-01', lag: 90 },
 *                               { councilId: 'C1', visitDate: '2024-02-01', lag: null }])
 *     // { council_id: 'C1', exposed: 2, adopted: 1, adoption_rate: 0.5, median_lag_days: 90 }
 */
export function summariseExposures(councilId: string, exposures: readonly Exposure[]): MetricRow {
  const lags = exposures
    .map((exposure) => exposure.lag)
    .filter((lag): lag is number => lag !== null);
  return {
    council_id: councilId,
    exposed: exposures.length,
    adopted: lags.length,
    adoption_rate: exposures.length === 0 ? null : lags.length / exposures.length,
    median_lag_days: median(lags),
  };
}
