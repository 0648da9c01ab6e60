import { craftCategories } from '../../domain/enums.js';
import { childOf, isInRegion } from '../../regions/code.js';
import { rowKeys } from '../row-keys.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';

/**
 * Balassa's revealed comparative advantage (metrics.md section 4) of the child regions of
 * `region` in year Y = the year of `to`, from the summed `revenue_idr` of the year-Y outcomes of
 * enterprises in `region` (whatever their `registered_on`), by the enterprise's craft category:
 * `rca = (X[r,c] / X[r]) / (X[R,c] / X[R])`. One row per child region (and `region` itself for
 * enterprises coded exactly `region`) with `X[r] > 0`, times each category with `X[R,c] > 0`;
 * an absent pair has `revenue_idr` 0 and `rca` 0. `enterprises` counts the enterprises with a
 * year-Y outcome in the cell (small-cell suppression holds the revenue to it). Rows by region
 * code, then category order.
 *
 *     // the worked example of rca.example.test.ts
 *     rca(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // [{ region_code: '36', craft_category: 'batik', enterprises: 1, revenue_idr: 200, rca: 1.667 },
 *     //  { region_code: '36', craft_category: 'plaited', enterprises: 0, revenue_idr: 0, rca: 0 },
 *     //  { region_code: '36.01', craft_category: 'batik', enterprises: 1, revenue_idr: 300, rca: 1.25 }, ...]
 */
export function rca(input: MetricInput, options: MetricOptions): MetricRow[] {
  const { region } = options;
  const year = Number(options.to.slice(0, 4));
  const enterprises = new Map(input.enterprises.map((e) => [e.enterprise_id, e]));
  // Revenue sums stay exact integers (far below 2^53), so both engines add them alike.
  const byPair = new Map<string, number>();
  // The enterprises with an outcome in each cell: what suppression holds the revenue to.
  const enterprisesByPair = new Map<string, Set<string>>();
  const byRegion = new Map<string, number>();
  const byCategory = new Map<string, number>();
  let total = 0;
  for (const outcome of input.outcomes) {
    if (outcome.year !== year) continue;
    const enterprise = enterprises.get(outcome.enterprise_id);
    if (!enterprise || !isInRegion(enterprise.region_code, region)) continue;
    const row = childOf(enterprise.region_code, region) ?? region;
    const revenue = outcome.revenue_idr;
    const pair = `${row}|${enterprise.craft_category}`;
    byPair.set(pair, (byPair.get(pair) ?? 0) + revenue);
    const members = enterprisesByPair.get(pair) ?? new Set<string>();
    members.add(outcome.enterprise_id);
    enterprisesByPair.set(pair, members);
    byRegion.set(row, (byRegion.get(row) ?? 0) + revenue);
    byCategory.set(
      enterprise.craft_category,
      (byCategory.get(enterprise.craft_category) ?? 0) + revenue,
    );
    total += revenue;
  }
  const rows: MetricRow[] = [];
  // The row keys of `by region` (children in the reference, `region` first when coded exactly),
  // kept only when they earned revenue in Y.
  for (const code of rowKeys(region, 'region', input.regions, input.enterprises)) {
    const xr = byRegion.get(code) ?? 0;
    if (!(xr > 0)) continue;
    for (const category of craftCategories) {
      const xc = byCategory.get(category) ?? 0;
      if (!(xc > 0)) continue;
      const pair = `${code}|${category}`;
      const xrc = byPair.get(pair) ?? 0;
      rows.push({
        region_code: code,
        craft_category: category,
        enterprises: enterprisesByPair.get(pair)?.size ?? 0,
        revenue_idr: xrc,
        rca: xrc / xr / (xc / total),
      });
    }
  }
  return rows;
}
