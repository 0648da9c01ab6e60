/**
 * One tab stop per chart: of the marks a chart makes focusable (`tabindex` on bars, tiles, cells,
 * dots), only one stays in the tab order; arrow keys move between them, Home and End jump to the
 * first and last. Left/Right follow the drawing order, Up/Down go to the nearest mark above or
 * below, so a heatmap moves by rows and columns and a bar list by bars.
 *
 *     <svg use:rovingFocus>…</svg>
 */
export function rovingFocus(svg: SVGSVGElement): { destroy(): void } {
  let current: Element | null = null;
  const marks = (): SVGElement[] =>
    [...svg.querySelectorAll<SVGElement>('[tabindex]')].filter(
      (mark) => mark.getAttribute('aria-hidden') !== 'true',
    );

  // Charts redraw (and set tabindex="0" on new marks) whenever data or width change.
  function normalise(): void {
    const all = marks();
    if (!current || !all.includes(current as SVGElement)) current = all[0] ?? null;
    for (const mark of all) {
      const wanted = mark === current ? '0' : '-1';
      if (mark.getAttribute('tabindex') !== wanted) mark.setAttribute('tabindex', wanted);
    }
  }

  function centre(mark: Element): { x: number; y: number } {
    const box = mark.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }

  function nearest(from: SVGElement, all: SVGElement[], direction: 1 | -1): SVGElement | null {
    const origin = centre(from);
    let best: SVGElement | null = null;
    let bestScore = Infinity;
    for (const mark of all) {
      if (mark === from) continue;
      const point = centre(mark);
      const dy = (point.y - origin.y) * direction;
      if (dy <= 1) continue;
      const score = dy * 4 + Math.abs(point.x - origin.x);
      if (score < bestScore) {
        bestScore = score;
        best = mark;
      }
    }
    return best;
  }

  function onkeydown(event: KeyboardEvent): void {
    const all = marks();
    const from = (event.target as Element).closest('[tabindex]') as SVGElement | null;
    if (!from || !all.includes(from)) return;
    const index = all.indexOf(from);
    let next: SVGElement | null | undefined;
    if (event.key === 'ArrowRight') next = all[index + 1];
    else if (event.key === 'ArrowLeft') next = all[index - 1];
    else if (event.key === 'ArrowDown') next = nearest(from, all, 1) ?? all[index + 1];
    else if (event.key === 'ArrowUp') next = nearest(from, all, -1) ?? all[index - 1];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all[all.length - 1];
    else return;
    event.preventDefault();
    if (!next) return;
    current = next;
    normalise();
    next.focus();
  }

  function onfocusin(event: FocusEvent): void {
    const mark = (event.target as Element).closest('[tabindex]');
    if (mark && svg.contains(mark) && mark !== current) {
      current = mark;
      normalise();
    }
  }

  const observer = new MutationObserver(normalise);
  observer.observe(svg, { subtree: true, childList: true, attributeFilter: ['tabindex'] });
  svg.addEventListener('keydown', onkeydown);
  svg.addEventListener('focusin', onfocusin);
  normalise();
  return {
    destroy() {
      observer.disconnect();
      svg.removeEventListener('keydown', onkeydown);
      svg.removeEventListener('focusin', onfocusin);
    },
  };
}
