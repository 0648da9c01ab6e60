import { describe, expect, it } from 'vitest';
import { bantenTiles, provinceTiles, shortName, tileLayout } from './tile-layouts.js';

describe('tileLayout', () => {
  it('lays Banten out like its geography', () => {
    const codes = Object.keys(bantenTiles);
    const { positions, geographic } = tileLayout(codes, new Map());
    expect(geographic).toBe(true);
    const at = (code: string) => positions.get(code)!;
    // Cilegon is the north-west corner; Lebak and Pandeglang lie south; Tangerang east.
    expect(at('36.72')).toMatchObject({ x: 0, y: 0 });
    expect(at('36.01').y).toBeGreaterThan(at('36.72').y);
    expect(at('36.02').y).toBeGreaterThan(at('36.73').y);
    expect(at('36.71').x).toBeGreaterThan(at('36.04').x);
    expect(at('36.74').x).toBeGreaterThan(at('36.73').x);
  });

  it('never puts two tiles on one cell', () => {
    for (const layout of [bantenTiles, provinceTiles]) {
      const cells = new Set<string>();
      for (const tile of Object.values(layout)) {
        for (let dx = 0; dx < (tile.w ?? 1); dx += 1) {
          const cell = `${tile.x + dx},${tile.y}`;
          expect(cells.has(cell), cell).toBe(false);
          cells.add(cell);
        }
      }
    }
    expect(Object.keys(provinceTiles)).toHaveLength(38);
  });

  it('falls back to a grid in code order for regions without a layout', () => {
    const codes = ['36.03.01', '36.03.02', '36.03.03', '36.03.04'];
    const { positions, geographic } = tileLayout(
      codes,
      new Map([['36.03.01', 'Kecamatan Balaraja']]),
    );
    expect(geographic).toBe(false);
    expect(positions.get('36.03.01')).toMatchObject({ x: 0, y: 0, short: 'Kec. Balaraja' });
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(4);
  });

  it('shortens regency names', () => {
    expect(shortName('Kabupaten Tangerang')).toBe('Kab. Tangerang');
    expect(shortName('Kota Serang')).toBe('Kota Serang');
  });
});
