import type { Axis, BaseType, Selection, Transition } from 'd3';
import { fontFamily, palette } from './palette.js';

/** An axis group, drawn at once or through a transition (then its styling animates with it). */
export type AxisGroup<D, P extends BaseType, PD> =
  Selection<SVGGElement, D, P, PD> | Transition<SVGGElement, D, P, PD>;

/**
 * The one `g.NAME` under `parent`: created on the first drawing, reused by every later one, so
 * that a redraw moves what is there instead of stacking a second copy.
 *
 *     layer(svg, 'root') // <g class="root">
 */
export function layer<E extends BaseType, D, P extends BaseType, PD>(
  parent: Selection<E, D, P, PD>,
  name: string,
) {
  return parent
    .selectAll<SVGGElement, null>(`g.${name}`)
    .data([null])
    .join('g')
    .attr('class', name);
}

/** Muted tick labels in the charts' font, so that a downloaded SVG reads the same as on screen. */
function styleTickText<D, P extends BaseType, PD>(axis: Selection<SVGGElement, D, P, PD>): void {
  axis
    .selectAll('text')
    .attr('fill', palette.muted)
    .attr('font-size', 11)
    .attr('font-family', fontFamily);
}

/**
 * Styles an axis whose ticks run across the plot as grid lines: no domain line (the grid already
 * frames the values), light grid lines, muted labels.
 *
 *     group.call(d3.axisBottom(x).tickSize(-plotHeight)).call(styleGridAxis)
 */
export function styleGridAxis<D, P extends BaseType, PD>(axis: AxisGroup<D, P, PD>): void {
  // A transition offers the same select/selectAll/attr/remove as a selection; on it they animate.
  const group = axis as Selection<SVGGElement, D, P, PD>;
  group.select('.domain').remove();
  group.selectAll('line').attr('stroke', palette.grid);
  styleTickText(group);
}

/** Styles an axis without grid lines: a light baseline and muted labels. */
export function styleBaselineAxis<D, P extends BaseType, PD>(axis: AxisGroup<D, P, PD>): void {
  const group = axis as Selection<SVGGElement, D, P, PD>;
  group.select('.domain').attr('stroke', palette.grid);
  styleTickText(group);
}

/**
 * The value axis under a chart of rows, its ticks run up through the plot as grid lines: the
 * `g.axis` of `root` at the bottom margin, drawn at once or through `transition`.
 *
 *     gridAxisBelow(root, d3.axisBottom(x).ticks(5), height, margin)
 */
export function gridAxisBelow<Domain, D, P extends BaseType, PD>(
  root: Selection<SVGGElement, D, P, PD>,
  axis: Axis<Domain>,
  height: number,
  margin: { top: number; bottom: number },
  transition?: Transition<BaseType, unknown, null, undefined>,
): void {
  const group = layer(root, 'axis').attr('transform', `translate(0,${height - margin.bottom})`);
  axis.tickSize(-(height - margin.top - margin.bottom));
  if (transition) group.transition(transition).call(axis).call(styleGridAxis);
  else group.call(axis).call(styleGridAxis);
}

/**
 * The name of a row, right-aligned in the label column left of the plot, centred on its row.
 *
 *     rows.select('text.name').call(styleRowName)
 */
export function styleRowName<D, P extends BaseType, PD>(
  name: Selection<SVGTextElement, D, P, PD>,
): void {
  name
    .attr('x', -10)
    .attr('text-anchor', 'end')
    .attr('dominant-baseline', 'middle')
    .attr('font-size', 12)
    .attr('font-family', fontFamily)
    .attr('fill', palette.ink);
}
