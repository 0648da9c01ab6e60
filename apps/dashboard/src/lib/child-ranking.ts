import type { Row } from './api-types.js';
import { isSuppressed, num } from './api-types.js';

/** One child region in the overview's ranking. */
export interface RankedChild {
  code: string;
  name: string;
  /** The reach rate, null when hidden or over nobody. */
  value: number | null;
  suppressed: boolean;
  /** Eligible artisans (null when hidden): 0 reads "no registered artisans", not 0%. */
  eligible: number | null;
}

/**
 * The child regions of reach `by region` rows ranked by reach rate, highest first; hidden and
 * empty rates last, then by name. `max` is the highest rate shown (the bars' full width), 1 when
 * none is.
 *
 *     childRanking([{ region_code: '32', reach_rate: 0.1, ... }, { region_code: '36', reach_rate: 0.3, ... }], name)
 *     // { entries: [{ code: '36', value: 0.3, ... }, { code: '32', value: 0.1, ... }], max: 0.3 }
 */
export function childRanking(
  rows: readonly Row[],
  nameOf: (code: string) => string,
): { entries: RankedChild[]; max: number } {
  const entries = rows.map((row) => {
    const code = String(row.region_code);
    return {
      code,
      name: nameOf(code),
      value: num(row, 'reach_rate'),
      suppressed: isSuppressed(row, 'reach_rate'),
      eligible: num(row, 'eligible_artisans'),
    };
  });
  entries.sort(
    (a, b) =>
      (b.value ?? -1) - (a.value ?? -1) ||
      a.name.localeCompare(b.name) ||
      (a.code < b.code ? -1 : 1),
  );
  const shown = entries.flatMap((entry) => (entry.value == null ? [] : [entry.value]));
  const max = Math.max(...shown, 0);
  return { entries, max: max > 0 ? max : 1 };
}
