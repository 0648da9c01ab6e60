import type { Selection } from 'd3';

/** The calm palette: a deep teal for data, warm grey for structure, terracotta for references. */
export const palette = {
  ink: '#1f2a28',
  muted: '#56625e',
  grid: '#e4e8e5',
  bar: '#2f7d74',
  barHover: '#1f5f5b',
  reference: '#a8532e',
  suppressed: '#9aa5a1',
  blank: '#eef1ee',
  sequential: ['#eef6f3', '#cfe6de', '#9fcfc2', '#63b0a1', '#2f8a7d', '#1f5f5b'],
  diverging: ['#b4532a', '#e9a57f', '#f5f1ea', '#82c0b3', '#1f6f66'],
};

/** Adds (once) the hatch pattern that marks suppressed values, and returns its `url(#...)`. */
export function hatch(svg: Selection<SVGSVGElement, unknown, null, undefined>): string {
  const id = 'hatch-suppressed';
  if (svg.select(`#${id}`).empty()) {
    const pattern = svg
      .append('defs')
      .append('pattern')
      .attr('id', id)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 6)
      .attr('height', 6)
      .attr('patternTransform', 'rotate(45)');
    pattern.append('rect').attr('width', 6).attr('height', 6).attr('fill', '#f3f4f2');
    pattern
      .append('line')
      .attr('x1', 0)
      .attr('y1', 0)
      .attr('x2', 0)
      .attr('y2', 6)
      .attr('stroke', palette.suppressed)
      .attr('stroke-width', 2);
  }
  return `url(#${id})`;
}

/** Text attributes every chart uses, so that a downloaded SVG reads the same as on screen. */
export const fontFamily = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/**
 * A label cut with an ellipsis to fit `width` pixels at `fontSize` (an estimate from an average
 * character width, good enough for names and never wider than the room).
 *
 *     fitLabel('Kota Tangerang Selatan', 80, 12) // 'Kota Tangera…'
 */
export function fitLabel(text: string, width: number, fontSize: number): string {
  const chars = Math.floor(width / (fontSize * 0.56));
  return text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text;
}

/**
 * Writes a label cut to fit into a text element, with the full text as its tooltip (an SVG
 * `<title>`) when it had to be cut, so that "Kota Tangera…" still tells which Tangerang it is.
 *
 *     setFittedLabel(node, 'Kota Tangerang Selatan', 80, 12) // node reads 'Kota Tangera…', titled in full
 */
export function setFittedLabel(
  node: SVGTextElement,
  text: string,
  width: number,
  fontSize: number,
): void {
  const fitted = fitLabel(text, width, fontSize);
  node.textContent = fitted;
  if (fitted !== text) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = text;
    node.append(title);
  }
}
