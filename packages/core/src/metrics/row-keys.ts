import { craftCategories, programTypes } from '../domain/enums.js';
import type { Enterprise, Region } from '../domain/schemas.js';
import { nationalScope } from '../regions/national-scope.js';
import type { MetricOptions } from './types.js';

/** The grouping field of a row set: `region_code` without a breakdown and `by region`. */
export type RowKeyField = 'region_code' | 'craft_category' | 'program_type';

/**
 * The keys of a metric's rows, in metrics.md's order: without `by`, the one key `r`; `by region`,
 * the children of `r` in the reference (`parent_code = r`, the provinces at the national scope
 * `ID`; empty ones included) plus `r` itself
 * when the dataset has an enterprise coded exactly `r` (whatever its registration date or
 * category: "the dataset has any"), sorted by code so that `r` comes first; `by craft_category`
 * and `by program_type`, every value of the enumeration in its order.
 *
 *     rowKeys('36', 'region', regions, enterprises) // ['36', '36.01', ..., '36.74'] ('36' when coded exactly)
 *     rowKeys('36', undefined, regions, enterprises) // ['36']
 */
export function rowKeys(
  region: string,
  by: MetricOptions['by'],
  regions: readonly Pick<Region, 'code' | 'parent_code'>[],
  enterprises: readonly Pick<Enterprise, 'region_code'>[],
): string[] {
  if (by === 'craft_category') return [...craftCategories];
  if (by === 'program_type') return [...programTypes];
  if (by !== 'region') return [region];
  const codes = new Set<string>();
  // A province's parent, as a scope, is the whole country.
  for (const row of regions) if ((row.parent_code ?? nationalScope) === region) codes.add(row.code);
  if (enterprises.some((enterprise) => enterprise.region_code === region)) codes.add(region);
  // Codes are ASCII digits and dots, so code-unit order is DuckDB's VARCHAR order.
  return [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
