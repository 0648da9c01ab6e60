import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail } from './chi-square-upper-tail.js';
import { logGamma } from './log-gamma.js';
import { regularizedGammaQ } from './regularized-gamma-q.js';

// Reference values from SciPy 1.17 (scipy.stats.chi2.sf, scipy.special.gammaincc, gammaln).
const tails: [number, number, number][] = [
  [3.84, 1, 0.05004352124870519],
  [10, 4, 0.04042768199451279],
  [0, 3, 1],
  [1e-8, 2, 0.999999995],
  [0.5, 1, 0.47950012218695337],
  [2, 7, 0.9598403687301016],
  [30, 10, 0.000856641210775301],
  [15.5, 20, 0.7471187902215817],
  [55, 40, 0.05745735167659182],
];

describe('chiSquareUpperTail', () => {
  it.each(tails)('P(chi2 >= %d | df %d) = %d to 1e-10', (x, df, p) => {
    expect(Math.abs(chiSquareUpperTail(x, df) - p)).toBeLessThan(1e-10);
  });

  it('keeps its relative precision far in the tail', () => {
    for (const [x, df, p] of [
      [100, 3, 1.5541594313896026e-21],
      [200, 5, 2.8406228986415534e-41],
      [1000, 2, 7.124576406741474e-218],
    ] as const)
      expect(Math.abs(chiSquareUpperTail(x, df) / p - 1)).toBeLessThan(1e-10);
    expect(chiSquareUpperTail(Infinity, 3)).toBe(0);
  });

  it('is 1 at 0 for every df and NaN outside its domain', () => {
    for (const df of [1, 2, 5, 19]) expect(chiSquareUpperTail(0, df)).toBe(1);
    expect(chiSquareUpperTail(-1, 2)).toBeNaN();
    expect(chiSquareUpperTail(1, 0)).toBeNaN();
    expect(chiSquareUpperTail(NaN, 2)).toBeNaN();
  });
});

describe('regularizedGammaQ', () => {
  it('matches SciPy on both sides of x = a + 1', () => {
    expect(Math.abs(regularizedGammaQ(0.5, 1e-3) - 0.9643294082703201)).toBeLessThan(1e-12);
    expect(Math.abs(regularizedGammaQ(12.5, 3) - 0.9999657323138297)).toBeLessThan(1e-12);
    expect(Math.abs(regularizedGammaQ(3, 50) / 2.509303552201055e-19 - 1)).toBeLessThan(1e-10);
  });

  it('is e^-x for a = 1', () => {
    for (const x of [0.1, 1, 2, 7.5, 40])
      expect(regularizedGammaQ(1, x)).toBeCloseTo(Math.exp(-x), 14);
  });
});

describe('logGamma', () => {
  it.each([
    [0.5, 0.5723649429247],
    [1, 0],
    [1.5, -0.12078223763524526],
    [2.5, 0.2846828704729192],
    [10, 12.801827480081469],
    [100.5, 361.43554046777757],
    [0.001, 6.907178885383853],
  ])('ln Γ(%d) = %d', (x, want) => {
    expect(Math.abs(logGamma(x) - want)).toBeLessThan(1e-12 * Math.max(1, Math.abs(want)));
  });
});
