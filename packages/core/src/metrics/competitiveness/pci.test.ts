import { describe, expect, it } from 'vitest';
import { median } from '../median.js';
import { pci } from './pci.js';
import { pciWeights } from './pci-weights.js';

describe('pciWeights', () => {
  it('divides the weights by their sum and defaults to 0.25 each', () => {
    expect(pciWeights([2, 1, 1, 0])).toEqual([0.5, 0.25, 0.25, 0]);
    expect(pciWeights(undefined)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('refuses negative, non-finite, all-zero or too few weights with one sentence', () => {
    expect(() => pciWeights([1, -0.5, 1, 1])).toThrow(
      'PCI weights must be finite and not negative, got 1,-0.5,1,1.',
    );
    expect(() => pciWeights([1, Number.NaN, 1, 1])).toThrow(/finite/);
    expect(() => pciWeights([0, 0, 0, 0])).toThrow('PCI weights must not all be zero.');
    expect(() => pciWeights([1, 1, 1])).toThrow(/must be 4 numbers/);
  });
});

describe('pci', () => {
  const dims = { quality: 0.5, materials: 1, market: 0.5, compliance: 0 };
  it('is 100 times the weighted sum, arithmetic', () => {
    expect(pci(dims, 'arithmetic', [0.25, 0.25, 0.25, 0.25])).toBe(50);
    expect(pci(dims, 'arithmetic', [0, 1, 0, 0])).toBe(100);
  });

  it('floors each dimension at 0.01 in the geometric form', () => {
    // 100 · 0.5^0.25 · 1^0.25 · 0.5^0.25 · 0.01^0.25 = 100 · 0.5^0.5 · 0.01^0.25
    expect(pci(dims, 'geometric', [0.25, 0.25, 0.25, 0.25])).toBeCloseTo(
      100 * Math.sqrt(0.5) * 0.01 ** 0.25,
      12,
    );
    expect(
      pci(
        { quality: 1, materials: 1, market: 1, compliance: 1 },
        'geometric',
        [0.25, 0.25, 0.25, 0.25],
      ),
    ).toBe(100);
    // A zero weight ignores its dimension, however low.
    expect(pci(dims, 'geometric', [0, 1, 0, 0])).toBe(100);
  });
});

describe('median', () => {
  it('interpolates between the two middle values and skips nulls', () => {
    expect(median([3, 1, null, 2, 10])).toBe(2.5);
    expect(median([4, 1, 7])).toBe(4);
    expect(median([null])).toBeNull();
    expect(median([])).toBeNull();
  });
});
