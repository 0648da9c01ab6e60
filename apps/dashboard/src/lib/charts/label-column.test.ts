import { describe, expect, it } from 'vitest';
import { labelColumn } from './label-column.js';

describe('labelColumn', () => {
  it('gives the names their margin on a wide screen and the plot the rest', () => {
    expect(labelColumn(800, { left: 150, right: 24 })).toEqual({ left: 150, inner: 626 });
  });

  it('narrows the names to 100 px on a phone', () => {
    expect(labelColumn(390, { left: 150, right: 24 })).toEqual({ left: 100, inner: 266 });
    expect(labelColumn(520, { left: 150, right: 24 })).toEqual({ left: 150, inner: 346 });
  });

  it('never leaves the plot narrower than 80 px', () => {
    expect(labelColumn(120, { left: 150, right: 8 })).toEqual({ left: 100, inner: 80 });
  });
});
