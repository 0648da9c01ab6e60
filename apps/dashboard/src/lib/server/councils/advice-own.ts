/**
 * The advised council's own dimension means, which both advice surfaces (`/api/advice` and
 * `/api/metrics/advice`) need to publish a gap safely: a row's `gap` is the candidate's published
 * score minus the council's own, so where suppression hides the council's own score (fewer than
 * k products) a published gap would give it back.
 */
import {
  competitivenessMetric,
  suppress,
  weakestDimension,
  type DimensionMeans,
  type MetricOptions,
  type MetricRow,
  type PciDimension,
} from '@anyam/core';
import { runMetric, type DatasetHandle } from '@anyam/duckdb';
import { suppressionK } from '../config.js';
import { cachedFor } from './cached-for.js';
import { hideOwnGap } from './hide-own-gap.js';

export interface AdviceOwn {
  /** The council's competitiveness row, unsuppressed (empty for an unknown council). */
  row: MetricRow;
  means: DimensionMeans;
  /** The fields suppression hides in `row`. */
  hidden: string[];
}

/** Every council's id, name and region code, once per dataset version. */
export function allCouncils(handle: DatasetHandle): Promise<Record<string, unknown>[]> {
  return cachedFor(handle, 'councils:all', () =>
    handle.query('SELECT council_id, name, region_code FROM councils'),
  );
}

/**
 * The council's own means are the competitiveness metric of its region: the same definition
 * advice uses to pick the weakest dimension, read unsuppressed for that choice and published
 * suppressed.
 *
 *     await adviceOwn(handle, { region_code: '36.72' }, '2025-12-31', options)
 *     // { row: { quality: 41.2, ..., products_assessed: 3 }, means: {...}, hidden: ['products_assessed', 'quality', ...] }
 */
export async function adviceOwn(
  handle: DatasetHandle,
  council: { council_id: string; region_code: string },
  options: Pick<MetricOptions, 'from' | 'to'>,
): Promise<AdviceOwn> {
  const row = await cachedFor(
    handle,
    `advice-own:${council.council_id}:${options.to}`,
    async () => {
      const result = await runMetric(handle, 'competitiveness', {
        region: council.region_code,
        from: options.from,
        to: options.to,
      });
      return (result.rows[0] ?? {}) as MetricRow;
    },
  );
  const value = (field: PciDimension): number | null =>
    typeof row[field] === 'number' ? row[field] : null;
  const means: DimensionMeans = {
    quality: value('quality'),
    materials: value('materials'),
    market: value('market'),
    compliance: value('compliance'),
  };
  const [published] = suppress([row], competitivenessMetric.suppression, suppressionK);
  return { row, means, hidden: published?.suppressed ?? [] };
}

/**
 * Published advice rows with each `gap` hidden (and the sentences written without it) when the
 * advised council's own score on the dimension used is hidden; otherwise the rows as they are.
 *
 *     await withOwnGapGuarded(handle, { council: 'DKR-36.72', from, to, lang: 'id' }, rows)
 */
export async function withOwnGapGuarded(
  handle: DatasetHandle,
  options: Pick<MetricOptions, 'from' | 'to' | 'lang' | 'council' | 'dimension'>,
  rows: readonly MetricRow[],
): Promise<MetricRow[]> {
  const councils = await allCouncils(handle);
  const byId = new Map(councils.map((row) => [String(row.council_id), row]));
  const target = byId.get(String(options.council));
  if (!target) return [...rows];
  const own = await adviceOwn(
    handle,
    { council_id: String(target.council_id), region_code: String(target.region_code) },
    options,
  );
  const dimension = (options.dimension as PciDimension | undefined) ?? weakestDimension(own.means);
  if (!own.hidden.includes(dimension)) return [...rows];
  const named = rows.map((row) => {
    const council = byId.get(String(row.council_id));
    return { ...row, name: council ? String(council.name) : String(row.council_id) };
  });
  return hideOwnGap(named, dimension, options.lang ?? 'id', suppressionK).map(
    ({ name: _name, ...row }) => row as MetricRow,
  );
}
