import { pciDimensions } from '../../domain/enums.js';
import type { MetricRow } from '../types.js';
import { mulberry32 } from './mulberry32.js';
import { pciWeights } from './pci-weights.js';
import { quantileSorted } from './quantile-sorted.js';
import { randomDirichlet } from './random-dirichlet.js';

/** Options of `rankUncertainty`. */
export interface RankUncertaintyOptions {
  /** The chosen weights (quality, materials, market, compliance), divided by their sum; default 0.25 each. */
  readonly weights?: readonly number[] | undefined;
  /** Number of weight vectors drawn; default 1000. */
  readonly n?: number;
  /** Dirichlet concentration around the chosen weights; default 50 (larger: tighter). */
  readonly concentration?: number;
  /** Seed of the generator: the same seed gives the same answer; default 1. */
  readonly seed?: number;
}

/** One row's rank spread: 1 is the best (highest mean PCI). Null for a row without assessed products. */
export interface RankSpread {
  /** The row's grouping key (`region_code` or `craft_category`, whichever the row has). */
  readonly key: string;
  readonly median_rank: number | null;
  readonly rank_p05: number | null;
  readonly rank_p95: number | null;
}

/**
 * How sure a ranking of competitiveness rows is under other plausible weights (metrics.md
 * section 3, "Rank uncertainty"): draws `n` weight vectors from Dirichlet(concentration ×
 * weights), ranks the rows by mean PCI under each (the arithmetic mean PCI is linear in the
 * weights, so it is `Σ w_d · dimension mean_d` from the row's `quality`, `materials`, `market`,
 * `compliance`), and reports each row's median rank and 5th–95th percentile rank (interpolated).
 * A row ranks 1 plus the number of rows strictly ahead, so tied rows share a rank. Rows without
 * dimension means are not ranked. Results follow the input order.
 *
 *     rankUncertainty(competitiveness(input, { ...options, by: 'region' }), { seed: 7 })
 *     // [{ key: '36.01', median_rank: 3, rank_p05: 2, rank_p95: 4 }, ...]
 */
export function rankUncertainty(
  rows: readonly MetricRow[],
  options: RankUncertaintyOptions = {},
): RankSpread[] {
  const weights = pciWeights(options.weights);
  const n = options.n ?? 1000;
  const concentration = options.concentration ?? 50;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`Rank uncertainty needs a whole number of draws n ≥ 1, got ${n}.`);
  if (!(concentration > 0))
    throw new RangeError(`Rank uncertainty needs a positive concentration, got ${concentration}.`);
  const uniform = mulberry32(options.seed ?? 1);
  const means = rows.map((row) => {
    const values = pciDimensions.map((dimension) => row[dimension]);
    return values.every((value): value is number => typeof value === 'number') ? values : null;
  });
  const ranked = means.flatMap((m, i) => (m ? [i] : []));
  const ranks = rows.map(() => [] as number[]);
  const alpha = weights.map((weight) => concentration * weight);
  const scores = new Array<number>(rows.length).fill(0);
  for (let draw = 0; draw < n; draw += 1) {
    const w = randomDirichlet(uniform, alpha);
    for (const i of ranked) {
      const m = means[i] as number[];
      scores[i] = m.reduce((total, mean, d) => total + (w[d] as number) * mean, 0);
    }
    for (const i of ranked) {
      const score = scores[i] as number;
      let ahead = 0;
      for (const j of ranked) if ((scores[j] as number) > score) ahead += 1;
      (ranks[i] as number[]).push(1 + ahead);
    }
  }
  return rows.map((row, i) => {
    const sorted = (ranks[i] as number[]).sort((a, b) => a - b);
    return {
      key: String(row.region_code ?? row.craft_category ?? row.council_id ?? i),
      median_rank: quantileSorted(sorted, 0.5),
      rank_p05: quantileSorted(sorted, 0.05),
      rank_p95: quantileSorted(sorted, 0.95),
    };
  });
}
