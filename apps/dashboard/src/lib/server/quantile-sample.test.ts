import { describe, expect, it } from 'vitest';
import { quantileSample } from './quantile-sample.js';

describe('quantileSample', () => {
  it('keeps rows evenly spaced by rank, first and last tenth included', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    const sample = quantileSample(rows, 10);
    expect(sample).toEqual([50, 150, 250, 350, 450, 550, 650, 750, 850, 950]);
  });
  it('keeps a short list whole and never repeats a row', () => {
    expect(quantileSample(['a', 'b'], 5)).toEqual(['a', 'b']);
    const sample = quantileSample(
      Array.from({ length: 301 }, (_, i) => i),
      300,
    );
    expect(new Set(sample).size).toBe(300);
  });
});
