import { describe, expect, it } from 'vitest';
import { rowBand } from './row-band.js';

describe('rowBand', () => {
  it('spreads the keys in their order between the margins', () => {
    const y = rowBand(['a', 'b'], { top: 8, bottom: 26 }, 94, 0.25);
    expect(y.range()).toEqual([8, 68]);
    expect(y.domain()).toEqual(['a', 'b']);
    expect(y('a')).toBeLessThan(y('b')!);
    expect(y('b')).toBeCloseTo(41.3333, 4);
    expect(y.bandwidth()).toBeCloseTo(20, 6);
  });

  it('gives a key it does not hold no place', () => {
    expect(rowBand(['a'], { top: 0, bottom: 0 }, 30, 0.2)('z')).toBeUndefined();
  });
});
