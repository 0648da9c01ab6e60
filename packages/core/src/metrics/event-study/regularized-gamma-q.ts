import { logGamma } from './log-gamma.js';

const epsilon = 1e-16;
const tiny = 1e-300;
const maxIterations = 10_000;

/**
 * The regularized upper incomplete gamma function `Q(a, x) = Γ(a, x) / Γ(a)` for `a > 0`,
 * `x >= 0`: by its power series (as `1 - P`) when `x < a + 1`, where the series converges fast,
 * and by its continued fraction (modified Lentz) otherwise, where `Q` may be tiny and must keep
 * its relative precision. `NaN` outside the domain.
 *
 *     regularizedGammaQ(0.5, 1.92) // 0.0500435212487052 (the χ² tail of 3.84 with 1 df)
 *     regularizedGammaQ(2, 0)      // 1
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0) || !Number.isFinite(a)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  // x^a e^-x / Γ(a), the factor both expansions share, taken through logs to avoid overflow.
  const front = Math.exp(a * Math.log(x) - x - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < maxIterations; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * epsilon) break;
    }
    return Math.max(0, 1 - sum * front);
  }
  // Γ(a, x) = e^-x x^a (1/(x+1-a-) 1·(1-a)/(x+3-a-) 2·(2-a)/(x+5-a-) ...)
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < maxIterations; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < epsilon) break;
  }
  return front * h;
}
