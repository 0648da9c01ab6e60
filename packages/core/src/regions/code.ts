import type { RegionLevel } from '../domain/enums.js';
import { nationalScope } from './national-scope.js';

/**
 * Whether an entity coded `code` lies in region `region`: the codes are equal, or `code` starts
 * with `region` followed by a dot; every code lies in the national scope `ID`.
 *
 *     isInRegion('36.01.05', '36.01') // true
 *     isInRegion('36.010', '36.01')   // false
 *     isInRegion('36', '36')          // true
 *     isInRegion('32.04', 'ID')       // true
 */
export function isInRegion(code: string, region: string): boolean {
  return (
    region === nationalScope ||
    code === region ||
    (code.length > region.length && code.startsWith(region) && code[region.length] === '.')
  );
}

/**
 * The level of a Kemendagri code, from its number of parts.
 *
 *     regionLevel('36')       // 'province'
 *     regionLevel('36.01')    // 'regency'
 *     regionLevel('36.01.05') // 'district'
 */
export function regionLevel(code: string): RegionLevel {
  const parts = code.split('.').length;
  return parts === 1 ? 'province' : parts === 2 ? 'regency' : 'district';
}

/**
 * The code of the region one level up, or `null` for a province.
 *
 *     parentCode('36.01.05') // '36.01'
 *     parentCode('36')       // null
 */
export function parentCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

/**
 * The child region of `region` that contains `code`, or `null` when `code` is `region` itself or
 * lies outside it. This is how a record is assigned to a `by region` row. The children of the
 * national scope `ID` are the provinces.
 *
 *     childOf('36.01.05', '36') // '36.01'
 *     childOf('36', '36')       // null
 *     childOf('36.01.05', 'ID') // '36'
 */
export function childOf(code: string, region: string): string | null {
  if (region === nationalScope) {
    const end = code.indexOf('.');
    return end < 0 ? code : code.slice(0, end);
  }
  if (!isInRegion(code, region) || code === region) return null;
  const end = code.indexOf('.', region.length + 1);
  return end < 0 ? code : code.slice(0, end);
}
