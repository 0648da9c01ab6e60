import { describe, expect, it } from 'vitest';
import { effectInterval } from './effect-interval.js';

describe('effectInterval', () => {
  it('turns a log difference into a percentage with its 95% interval', () => {
    const { effect_pct, ci_low_pct, ci_high_pct } = effectInterval(Math.log(1.12), 0.05);
    expect(effect_pct).toBeCloseTo(12, 10);
    expect(ci_low_pct).toBeCloseTo(100 * (1.12 * Math.exp(-0.098) - 1), 10);
    expect(ci_high_pct).toBeCloseTo(100 * (1.12 * Math.exp(0.098) - 1), 10);
  });

  it('is null without an estimate, and without an interval when se is null', () => {
    expect(effectInterval(null, null)).toEqual({
      effect_pct: null,
      ci_low_pct: null,
      ci_high_pct: null,
    });
    expect(effectInterval(0, null)).toEqual({ effect_pct: 0, ci_low_pct: null, ci_high_pct: null });
  });
});
