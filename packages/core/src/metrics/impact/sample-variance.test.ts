import { describe, expect, it } from 'vitest';
import { sampleVariance } from './sample-variance.js';

describe('sampleVariance', () => {
  it('divides the squared deviations by n - 1', () => {
    expect(sampleVariance([1, 2, 6])).toBe(7);
    expect(sampleVariance([5, 5])).toBe(0);
  });

  it('is null for fewer than two values', () => {
    expect(sampleVariance([4])).toBeNull();
    expect(sampleVariance([])).toBeNull();
  });
});
