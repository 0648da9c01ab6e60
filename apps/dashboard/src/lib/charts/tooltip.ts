import type { BaseType, Selection } from 'd3';
import type { Tooltip } from './types.js';

/**
 * Shows the frame's tooltip while the pointer is over an element or it has keyboard focus, so
 * that keyboard readers get the same detail as mouse readers.
 *
 *     bindTooltip(rows, tooltip, (row) => [row.label, row.details])
 */
export function bindTooltip<D, P extends BaseType, PD>(
  selection: Selection<SVGGElement, D, P, PD>,
  tooltip: Tooltip | undefined,
  content: (datum: D) => [title: string, lines: string[]],
): void {
  selection
    .on('mouseenter focus', (event: MouseEvent | FocusEvent, datum) =>
      tooltip?.show(event, ...content(datum)),
    )
    .on('mouseleave blur', () => tooltip?.hide());
}

/**
 * Lets a click, Enter or Space choose an element's key, when the chart offers a choice.
 *
 *     bindSelect(rows, tooltip, onselect, (bar) => bar.key)
 */
export function bindSelect<D, P extends BaseType, PD>(
  selection: Selection<SVGGElement, D, P, PD>,
  tooltip: Tooltip | undefined,
  onselect: ((key: string) => void) | null,
  keyOf: (datum: D) => string,
): void {
  selection
    .on('click', (event: MouseEvent, datum) => {
      if (!onselect) return;
      // The clicked element may survive into the drilled-down chart; it must not keep focus there.
      (event.currentTarget as SVGElement).blur();
      tooltip?.hide();
      onselect(keyOf(datum));
    })
    .on('keydown', (event: KeyboardEvent, datum) => {
      if (onselect && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        onselect(keyOf(datum));
      }
    });
}
