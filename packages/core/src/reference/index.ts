/**
 * Indonesia's provinces, regencies/cities and districts (Kemendagri codes), from the
 * idn-area-data package, under the Open Database License (ODbL): attribute it where you show it.
 *
 *     import { indonesiaRegions } from '@anyam/core/reference';
 *     indonesiaRegions().find((r) => r.code === '36.03')?.name // 'Kabupaten Tangerang'
 */
import type { Region } from '../domain/schemas.js';
import { parentCode, regionLevel } from '../regions/code.js';
import { packed, source } from './regions.generated.js';

export const regionsSource = source;
export const regionsAttribution =
  'Wilayah: idn-area-data (Kemendagri), Open Database License (ODbL)';

let cached: Region[] | undefined;

/** Every region of Indonesia, sorted by code (a new array each call; the rows are shared). */
export function indonesiaRegions(): Region[] {
  if (!cached) {
    cached = packed.split('\n').map((line) => {
      const cut = line.indexOf('|');
      const code = line.slice(0, cut);
      return {
        code,
        name: line.slice(cut + 1),
        level: regionLevel(code),
        parent_code: parentCode(code),
      };
    });
  }
  return [...cached];
}
