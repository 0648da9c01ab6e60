import { randomGamma } from './random-gamma.js';

/**
 * A Dirichlet(alpha) draw: independent Gamma(alpha_i) draws divided by their sum.
 *
 *     randomDirichlet(mulberry32(1), [12.5, 12.5, 12.5, 12.5]) // four shares near 0.25, summing to 1
 */
export function randomDirichlet(uniform: () => number, alpha: readonly number[]): number[] {
  const draws = alpha.map((a) => randomGamma(uniform, a));
  const sum = draws.reduce((total, draw) => total + draw, 0);
  // Astronomically unlikely with positive shapes; fall back to the centre rather than divide by 0.
  if (!(sum > 0)) {
    const total = alpha.reduce((t, a) => t + a, 0);
    return alpha.map((a) => a / total);
  }
  return draws.map((draw) => draw / sum);
}
