/**
 * Tile-map layouts: each region a tile at a grid position that follows the real geography, so the
 * map reads like a map without shipping boundaries. No npm package installable here ships
 * Indonesian admin-1 boundaries under a licence that allows reuse, hence tiles.
 */
export interface TilePosition {
  x: number;
  y: number;
  /** Width in tiles (Lebak is broad). */
  w?: number;
  short: string;
}

/** Banten's regencies and cities (province 36). */
export const bantenTiles: Record<string, TilePosition> = {
  '36.72': { x: 0, y: 0, short: 'Kota Cilegon' },
  '36.04': { x: 1, y: 0, short: 'Kab. Serang' },
  '36.73': { x: 2, y: 0, short: 'Kota Serang' },
  '36.03': { x: 3, y: 0, short: 'Kab. Tangerang' },
  '36.71': { x: 4, y: 0, short: 'Kota Tangerang' },
  '36.01': { x: 0, y: 1, short: 'Kab. Pandeglang' },
  '36.02': { x: 1, y: 1, w: 2, short: 'Kab. Lebak' },
  '36.74': { x: 4, y: 1, short: 'Kota Tangsel' },
};

/** Indonesia's provinces, west to east, north to south. */
export const provinceTiles: Record<string, TilePosition> = {
  '11': { x: 0, y: 0, short: 'Aceh' },
  '12': { x: 1, y: 0, short: 'Sumut' },
  '13': { x: 1, y: 1, short: 'Sumbar' },
  '14': { x: 2, y: 1, short: 'Riau' },
  '21': { x: 3, y: 1, short: 'Kepri' },
  '17': { x: 1, y: 2, short: 'Bengkulu' },
  '15': { x: 2, y: 2, short: 'Jambi' },
  '19': { x: 3, y: 2, short: 'Babel' },
  '16': { x: 2, y: 3, short: 'Sumsel' },
  '18': { x: 3, y: 4, short: 'Lampung' },
  '31': { x: 5, y: 4, short: 'Jakarta' },
  '36': { x: 4, y: 5, short: 'Banten' },
  '32': { x: 5, y: 5, short: 'Jabar' },
  '33': { x: 6, y: 5, short: 'Jateng' },
  '34': { x: 6, y: 6, short: 'DIY' },
  '35': { x: 7, y: 5, short: 'Jatim' },
  '51': { x: 8, y: 5, short: 'Bali' },
  '52': { x: 9, y: 5, short: 'NTB' },
  '53': { x: 10, y: 5, short: 'NTT' },
  '61': { x: 5, y: 2, short: 'Kalbar' },
  '62': { x: 6, y: 2, short: 'Kalteng' },
  '65': { x: 7, y: 1, short: 'Kaltara' },
  '64': { x: 7, y: 2, short: 'Kaltim' },
  '63': { x: 7, y: 3, short: 'Kalsel' },
  '75': { x: 10, y: 1, short: 'Gorontalo' },
  '71': { x: 11, y: 1, short: 'Sulut' },
  '72': { x: 9, y: 2, short: 'Sulteng' },
  '76': { x: 8, y: 3, short: 'Sulbar' },
  '73': { x: 9, y: 3, short: 'Sulsel' },
  '74': { x: 10, y: 3, short: 'Sultra' },
  '82': { x: 12, y: 1, short: 'Malut' },
  '81': { x: 12, y: 3, short: 'Maluku' },
  '96': { x: 13, y: 2, short: 'PBD' },
  '92': { x: 14, y: 2, short: 'Papua Barat' },
  '91': { x: 15, y: 2, short: 'Papua' },
  '94': { x: 14, y: 3, short: 'Papua Tengah' },
  '95': { x: 15, y: 3, short: 'Papua Peg.' },
  '93': { x: 15, y: 4, short: 'Papua Sel.' },
};

/**
 * A short tile label for a region name ("Kabupaten Lebak" → "Kab. Lebak").
 *
 *     shortName('Kabupaten Tangerang') // 'Kab. Tangerang'
 */
export function shortName(name: string): string {
  return name.replace(/^Kabupaten /, 'Kab. ').replace(/^Kecamatan /, 'Kec. ');
}

/**
 * Positions for the tiles of `codes`: the known layout when it covers every code, else a grid
 * in code order (the districts of a regency have no layout here).
 */
export function tileLayout(
  codes: readonly string[],
  names: ReadonlyMap<string, string>,
): { positions: Map<string, TilePosition>; geographic: boolean } {
  for (const layout of [bantenTiles, provinceTiles]) {
    if (codes.length > 0 && codes.every((code) => code in layout)) {
      return { positions: new Map(codes.map((code) => [code, layout[code]!])), geographic: true };
    }
  }
  const columns = Math.max(3, Math.ceil(Math.sqrt(codes.length * 1.6)));
  return {
    positions: new Map(
      codes.map((code, i) => [
        code,
        { x: i % columns, y: Math.floor(i / columns), short: shortName(names.get(code) ?? code) },
      ]),
    ),
    geographic: false,
  };
}
