import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../types.js';
import { mulberry32 } from './mulberry32.js';
import { randomDirichlet } from './random-dirichlet.js';
import { randomGamma } from './random-gamma.js';
import { rankUncertainty } from './rank-uncertainty.js';

const row = (
  region_code: string,
  quality: number | null,
  materials: number | null,
  market: number | null,
  compliance: number | null,
): MetricRow => ({
  region_code,
  quality,
  materials,
  market,
  compliance,
});

describe('mulberry32', () => {
  it('repeats a sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(first).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(first[0]).toBe(0.6011037519201636);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });
});

describe('randomGamma and randomDirichlet', () => {
  it('draw Gamma(shape) with mean shape, for shapes above and below 1', () => {
    const uniform = mulberry32(7);
    for (const shape of [0.3, 2, 50]) {
      const draws = Array.from({ length: 20000 }, () => randomGamma(uniform, shape));
      const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
      // The standard error of the mean is sqrt(shape / 20000); 5 of them is a wide margin.
      expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / 20000));
      expect(draws.every((x) => x >= 0)).toBe(true);
    }
    expect(randomGamma(uniform, 0)).toBe(0);
  });

  it('draws shares summing to 1 around the centre, a zero shape giving 0', () => {
    const uniform = mulberry32(3);
    const draws = Array.from({ length: 5000 }, () => randomDirichlet(uniform, [20, 10, 20, 0]));
    for (const draw of draws) {
      expect(draw.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      expect(draw[3]).toBe(0);
    }
    const meanFirst = draws.reduce((s, d) => s + (d[0] as number), 0) / draws.length;
    expect(meanFirst).toBeCloseTo(0.4, 2);
  });
});

describe('rankUncertainty', () => {
  const rows = [
    row('36.01', 40, 50, 45, 50),
    row('36.02', 90, 95, 92, 99), // better on every dimension: always first
    row('36.03', 50, 40, 50, 45),
    row('36.04', null, null, null, null), // no assessed products
  ];

  it('always ranks a clearly dominant row first, and skips rows without means', () => {
    const spread = rankUncertainty(rows, { seed: 11, n: 300 });
    expect(spread[1]).toEqual({ key: '36.02', median_rank: 1, rank_p05: 1, rank_p95: 1 });
    expect(spread[3]).toEqual({ key: '36.04', median_rank: null, rank_p05: null, rank_p95: null });
    // 36.01 and 36.03 trade places 2 and 3 as the weights move.
    expect(spread[0]?.rank_p05).toBeGreaterThanOrEqual(2);
    expect(spread[0]?.rank_p95).toBeLessThanOrEqual(3);
    expect(spread[0]?.rank_p05).not.toBe(spread[0]?.rank_p95);
  });

  it('gives the same answer for the same seed', () => {
    const close = [row('a', 52, 48, 50, 50), row('b', 48, 52, 50, 50), row('c', 50, 50, 49, 51)];
    const a = rankUncertainty(close, { seed: 5, n: 200 });
    expect(rankUncertainty(close, { seed: 5, n: 200 })).toEqual(a);
    // The rows are close, so the draws do move them: the answer is not a constant.
    expect(a.some((spread) => spread.rank_p05 !== spread.rank_p95)).toBe(true);
  });

  it('centres on the chosen weights: all weight on one dimension ranks by it', () => {
    // With weights (0, 0, 0, 1) every draw has zero weight elsewhere: compliance decides.
    const spread = rankUncertainty(rows, { weights: [0, 0, 0, 1], seed: 2, n: 100 });
    expect(spread.map((s) => s.median_rank)).toEqual([2, 1, 3, null]);
    expect(spread[0]).toMatchObject({ rank_p05: 2, rank_p95: 2 });
  });

  it('moves the spread with the concentration', () => {
    const close = [row('a', 60, 40, 50, 50), row('b', 40, 60, 50, 50)];
    // Equal weights put a and b level; a loose Dirichlet sends either first about half the time.
    const loose = rankUncertainty(close, { seed: 9, n: 400, concentration: 2 });
    expect(loose[0]).toMatchObject({ rank_p05: 1, rank_p95: 2 });
    // Weights leaning to quality make a first; a very tight Dirichlet keeps it there.
    const tight = rankUncertainty(close, {
      weights: [0.4, 0.2, 0.2, 0.2],
      seed: 9,
      n: 400,
      concentration: 1e6,
    });
    expect(tight[0]).toEqual({ key: 'a', median_rank: 1, rank_p05: 1, rank_p95: 1 });
  });

  it('refuses a bad n or concentration with one sentence', () => {
    expect(() => rankUncertainty(rows, { n: 0 })).toThrow(/n ≥ 1/);
    expect(() => rankUncertainty(rows, { concentration: -1 })).toThrow(/positive concentration/);
    expect(() => rankUncertainty(rows, { weights: [0, 0, 0, 0] })).toThrow(/all be zero/);
  });
});
