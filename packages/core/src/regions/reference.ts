import type { Region } from '../domain/schemas.js';
import { isInRegion } from './code.js';
import { nationalScope, nationalScopeName } from './national-scope.js';

/**
 * A region reference with the lookups the metrics and the dashboard need. Build it once from
 * the rows of `regions.parquet` (or `indonesiaRegions()` from `@anyam/core/reference`). The
 * national scope `ID` is known (`has`, `name`, `children`, `descendants`) but is no row: `get`
 * and `regions` hold the reference's rows only.
 */
export interface RegionIndex {
  readonly regions: readonly Region[];
  get(code: string): Region | undefined;
  has(code: string): boolean;
  name(code: string): string | undefined;
  /** The regions one level below `code` (the provinces below `ID`), sorted by code. */
  children(code: string): readonly Region[];
  /** Every region inside `code` (not `code` itself), sorted by code. */
  descendants(code: string): readonly Region[];
}

/**
 * Indexes region rows by code.
 *
 *     const index = regionIndex(rows);
 *     index.children('36').map((r) => r.code) // ['36.01', '36.02', ..., '36.74']
 *     index.children('ID').map((r) => r.code) // ['11', '12', ..., '96'] (the provinces)
 *     index.name('ID')                        // 'Indonesia'
 */
export function regionIndex(rows: readonly Region[]): RegionIndex {
  const byCode = new Map<string, Region>();
  const byParent = new Map<string, Region[]>();
  const provinces: Region[] = [];
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const row of sorted) {
    byCode.set(row.code, row);
    if (row.parent_code == null) provinces.push(row);
    else {
      const siblings = byParent.get(row.parent_code);
      if (siblings) siblings.push(row);
      else byParent.set(row.parent_code, [row]);
    }
  }
  return {
    regions: sorted,
    get: (code) => byCode.get(code),
    has: (code) => code === nationalScope || byCode.has(code),
    name: (code) => (code === nationalScope ? nationalScopeName : byCode.get(code)?.name),
    children: (code) => (code === nationalScope ? provinces : (byParent.get(code) ?? [])),
    descendants: (code) => sorted.filter((row) => row.code !== code && isInRegion(row.code, code)),
  };
}
