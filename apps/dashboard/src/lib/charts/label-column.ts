/**
 * Where the plot of a chart with a column of row names on its left starts, and how wide it is:
 * the names get `margin.left` (100 px on a phone, under 520 px), the plot what is left, never less
 * than 80 px.
 *
 *     labelColumn(800, { left: 150, right: 24 }) // { left: 150, inner: 626 }
 *     labelColumn(390, { left: 150, right: 24 }) // { left: 100, inner: 266 }
 */
export function labelColumn(
  width: number,
  margin: { left: number; right: number },
): { left: number; inner: number } {
  const left = width < 520 ? 100 : margin.left;
  return { left, inner: Math.max(80, width - left - margin.right) };
}
