import type { MetricOptions, MetricRow } from '../types.js';

/**
 * The step after {@link exhibitionsSql}: SQL returns both key columns on every row, so a scale
 * row drops `joint` and a joint row drops `scale`, as {@link exhibitions} returns them. The input
 * rows are not mutated.
 *
 *     finishExhibitions([{ scale: 'local', joint: null, exhibitions: 2, ... },
 *                        { scale: null, joint: true, exhibitions: 1, ... }])
 *     // [{ scale: 'local', exhibitions: 2, ... }, { joint: true, exhibitions: 1, ... }]
 */
export function finishExhibitions(
  rows: readonly MetricRow[],
  _options?: MetricOptions,
): MetricRow[] {
  return rows.map((row) => {
    const { scale, joint, ...rest } = row;
    return scale === null || scale === undefined
      ? { joint: joint ?? null, ...rest }
      : { scale, ...rest };
  });
}
