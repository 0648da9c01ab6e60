import { describe, expect, it } from 'vitest';
import { searchMatches } from './search-matches.js';

const items = [
  { id: 'DKR-35.07', texts: ['Kab. Malang', 'Dekranasda Kabupaten Malang'] },
  { id: 'DKR-35.73', texts: ['Kota Malang', 'Dekranasda Kota Malang'] },
  { id: 'DKR-36', texts: ['Prov. Banten', 'Dekranasda Provinsi Banten'] },
  { id: 'DKR-91.01', texts: ['Kab. Merauke', 'Dekranasda Kabupaten Merauke'] },
];

describe('searchMatches', () => {
  it('finds every council whose name holds each word, in any case', () => {
    expect(searchMatches('MALANG', items)).toEqual(new Set(['DKR-35.07', 'DKR-35.73']));
    expect(searchMatches('kab malang', items)).toEqual(new Set(['DKR-35.07']));
    expect(searchMatches('kabupaten  malang', items)).toEqual(new Set(['DKR-35.07']));
    expect(searchMatches('Kab. Malang', items)).toEqual(new Set(['DKR-35.07']));
  });

  it('matches at the start of a word, so Malang does not find Pemalang', () => {
    const more = [
      ...items,
      { id: 'DKR-33.27', texts: ['Kab. Pemalang', 'Dekranasda Kabupaten Pemalang'] },
    ];
    expect(searchMatches('malang', more)).toEqual(new Set(['DKR-35.07', 'DKR-35.73']));
    expect(searchMatches('pema', more)).toEqual(new Set(['DKR-33.27']));
  });

  it('ignores accents on either side', () => {
    expect(searchMatches('mérauke', items)).toEqual(new Set(['DKR-91.01']));
  });

  it('finds nothing for an empty search or a name not in the graph', () => {
    expect(searchMatches('  ', items).size).toBe(0);
    expect(searchMatches('Surabaya', items).size).toBe(0);
  });
});
