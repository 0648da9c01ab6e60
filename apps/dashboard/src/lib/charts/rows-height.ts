/** The space a chart keeps above and below its rows. */
export interface RowMargin {
  top: number;
  bottom: number;
}

/**
 * The height of a chart drawn one row per item: both margins and a row each, at least one row, so
 * that a chart with nothing to draw still has a line of room.
 *
 *     rowsHeight(3, 30, { top: 8, bottom: 26 }) // 124
 *     rowsHeight(0, 30, { top: 8, bottom: 26 }) // 64
 */
export function rowsHeight(count: number, rowHeight: number, margin: RowMargin): number {
  return margin.top + margin.bottom + Math.max(1, count) * rowHeight;
}
