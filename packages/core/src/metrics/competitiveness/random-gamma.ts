/**
 * A Gamma(shape, 1) draw from a uniform generator (Marsaglia and Tsang 2000; for shape < 1 the
 * boost `Gamma(shape + 1) · U^(1/shape)`). Normals come from Box–Muller. Shape 0 gives 0, the
 * limit, so that a zero weight stays zero in a Dirichlet draw.
 *
 *     randomGamma(mulberry32(1), 50) // ≈ 50 (mean 50, sd ≈ 7)
 */
export function randomGamma(uniform: () => number, shape: number): number {
  if (!(shape > 0)) return 0;
  if (shape < 1) return randomGamma(uniform, shape + 1) * Math.pow(1 - uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Box–Muller; 1 - u keeps the logarithm finite.
      x = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - uniform();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
