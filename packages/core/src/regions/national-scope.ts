/**
 * The code of the whole country as a scope: every metric, the CLI's `--region` and the
 * dashboard's `region=` accept it, with the provinces as its children. It is a scope, not a row
 * of the region reference (no `regions.parquet` row, no region level), so no record is ever
 * coded `ID` and no `by region` breakdown has a row of its own for it.
 *
 *     isInRegion('36.01.05', nationalScope) // true
 *     childOf('36.01.05', nationalScope)    // '36'
 */
export const nationalScope = 'ID';

/** The type of `nationalScope`, for options that name the whole country. */
export type NationalScope = typeof nationalScope;

/**
 * The name of the national scope, the same in Indonesian and English.
 *
 *     regionIndex(rows).name(nationalScope) // 'Indonesia'
 */
export const nationalScopeName = 'Indonesia';

/**
 * The national scope as the HTTP API and the dashboard show a scope: its code, its name, the
 * pseudo-level `national` (no level of the region reference) and no parent.
 */
export interface NationalScopeRegion {
  readonly code: NationalScope;
  readonly name: string;
  readonly level: 'national';
  readonly parent_code: null;
}

/**
 * The national scope where a scope row is expected (`GET /api/regions?region=ID`).
 *
 *     nationalScopeRegion // { code: 'ID', name: 'Indonesia', level: 'national', parent_code: null }
 */
export const nationalScopeRegion: NationalScopeRegion = {
  code: nationalScope,
  name: nationalScopeName,
  level: 'national',
  parent_code: null,
};
