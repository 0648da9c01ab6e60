import type { Enterprise } from '../../domain/schemas.js';
import { childOf, isInRegion } from '../../regions/code.js';
import { rowKeys } from '../row-keys.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';

/**
 * RE-AIM Maintenance (metrics.md section 2): of the artisans reached in year `Y` (the year of
 * `to`; reach's definition over the whole calendar year `Y`, with the filters), those also
 * reached in `Y + 1` by any program. `by` gives one row per child region or craft category.
 *
 *     retention(input, { region: '36', from: '2023-01-01', to: '2023-12-31' })
 *     // [{ region_code: '36', reached: 40, retained: 12, retention_rate: 0.3 }]
 */
export function retention(input: MetricInput, options: MetricOptions): MetricRow[] {
  const { region, to, by, type, council, category } = options;
  const year = Number(to.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const nextStart = `${year + 1}-01-01`;
  const nextEnd = `${year + 1}-12-31`;
  const keyField = by === undefined || by === 'region' ? 'region_code' : by;
  const keys = rowKeys(region, by, input.regions, input.enterprises);

  const keyOf = (enterprise: Enterprise): string => {
    if (by === 'region') return childOf(enterprise.region_code, region) ?? region;
    if (by === 'craft_category') return enterprise.craft_category;
    return region;
  };
  const enterprises = new Map<string, Enterprise>();
  for (const enterprise of input.enterprises) {
    if (!isInRegion(enterprise.region_code, region)) continue;
    if (category !== undefined && enterprise.craft_category !== category) continue;
    enterprises.set(enterprise.enterprise_id, enterprise);
  }
  const eligible = new Map<string, string>();
  for (const artisan of input.artisans) {
    const enterprise = enterprises.get(artisan.enterprise_id);
    if (enterprise && artisan.registered_on <= yearEnd)
      eligible.set(artisan.artisan_id, keyOf(enterprise));
  }
  const programs = new Map<string, { type: string; council: string }>();
  for (const program of input.programs) {
    programs.set(program.program_id, { type: program.program_type, council: program.council_id });
  }

  const reached = new Set<string>();
  const next = new Set<string>();
  for (const participation of input.participations) {
    const program = programs.get(participation.program_id);
    if (!program) continue;
    const when = participation.enrolled_on;
    if (when >= nextStart && when <= nextEnd) next.add(participation.artisan_id);
    if (!(when >= yearStart && when <= yearEnd) || !eligible.has(participation.artisan_id))
      continue;
    if (type !== undefined && program.type !== type) continue;
    if (council !== undefined && program.council !== council) continue;
    reached.add(participation.artisan_id);
  }

  const counts = new Map<string, { reached: number; retained: number }>();
  for (const key of keys) counts.set(key, { reached: 0, retained: 0 });
  for (const id of reached) {
    const count = counts.get(eligible.get(id) ?? '');
    if (!count) continue;
    count.reached += 1;
    // Reached in Y means registered by the end of Y, so eligible in Y + 1 as well.
    if (next.has(id)) count.retained += 1;
  }
  return keys.map((key) => {
    const count = counts.get(key) ?? { reached: 0, retained: 0 };
    return {
      [keyField]: key,
      reached: count.reached,
      retained: count.retained,
      retention_rate: count.reached > 0 ? count.retained / count.reached : null,
    };
  });
}
