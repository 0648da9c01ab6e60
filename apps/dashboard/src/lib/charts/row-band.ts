import { scaleBand, type ScaleBand } from 'd3';
import type { RowMargin } from './rows-height.js';

/**
 * The vertical band scale of a chart drawn one row per key, between the top and bottom margins,
 * in the order the keys come.
 *
 *     rowBand(['a', 'b'], { top: 8, bottom: 26 }, 94, 0.25)('b') // 41.33…
 */
export function rowBand(
  keys: readonly string[],
  margin: RowMargin,
  height: number,
  padding: number,
): ScaleBand<string> {
  return scaleBand<string>()
    .domain(keys)
    .range([margin.top, height - margin.bottom])
    .padding(padding);
}
