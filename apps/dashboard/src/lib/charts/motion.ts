import * as d3 from 'd3';

/**
 * The transition for a chart's next drawing. It animates a change of data but not the first
 * drawing or a resize (there is nothing to move from), so it remembers the width last drawn.
 *
 *     const next = drawTransition(450);
 *     const t = next(width); // duration 0 the first time, 450 while the width stays
 */
export function drawTransition(
  duration: number,
): (width: number) => d3.Transition<d3.BaseType, unknown, null, undefined> {
  let drawnWidth = 0;
  return (width) => {
    const animate = drawnWidth === width;
    drawnWidth = width;
    return d3
      .transition()
      .duration(animate ? duration : 0)
      .ease(d3.easeCubicOut);
  };
}
