/** A mark that wants its name drawn beside it: a circle at (x, y) of radius r. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  r: number;
  /** The label's drawn width and height in pixels. */
  width: number;
  height: number;
  /** Higher chooses first (a selected or found node, then the best connected). */
  priority: number;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel {
  side: LabelSide;
  box: Box;
}

const gap = 4;

/**
 * The boxes a label could take beside its mark, in the order tried: right and left on the
 * mark's midline (text reads best there), then above and below, centred.
 */
function candidates(mark: LabelCandidate): [LabelSide, Box][] {
  const { x, y, r, width, height } = mark;
  const midline = { y0: y - height / 2, y1: y + height / 2 };
  return [
    ['right', { x0: x + r + gap, x1: x + r + gap + width, ...midline }],
    ['left', { x0: x - r - gap - width, x1: x - r - gap, ...midline }],
    ['above', { x0: x - width / 2, x1: x + width / 2, y0: y - r - gap - height, y1: y - r - gap }],
    ['below', { x0: x - width / 2, x1: x + width / 2, y0: y + r + gap, y1: y + r + gap + height }],
  ];
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (box: Box, bounds: Box): boolean =>
  box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;

/**
 * Where each mark's label goes so that no two labels overprint, no label covers another mark and
 * none is cut at the edge of `bounds`: greedily, highest priority first, each label takes the
 * first free side of right, left, above, below, or is left out (absent from the result; the
 * chart then names it on hover and focus, in its tooltip and table). `blocked` boxes (a legend)
 * are avoided too.
 *
 *     placeLabels(
 *       [{ id: 'a', x: 50, y: 50, r: 5, width: 40, height: 12, priority: 1 },
 *        { id: 'b', x: 60, y: 50, r: 5, width: 40, height: 12, priority: 0 }],
 *       { x0: 0, x1: 200, y0: 0, y1: 100 },
 *     ) // Map { 'a' => { side: 'above', … }, 'b' => { side: 'right', … } }
 */
export function placeLabels(
  marks: readonly LabelCandidate[],
  bounds: Box,
  blocked: readonly Box[] = [],
): Map<string, PlacedLabel> {
  // Marks are obstacles for every label but their own.
  const markBoxes = marks.map((mark) => ({
    id: mark.id,
    box: { x0: mark.x - mark.r, x1: mark.x + mark.r, y0: mark.y - mark.r, y1: mark.y + mark.r },
  }));
  const grid = new BoxGrid(48);
  for (const { id, box } of markBoxes) grid.add(box, id);
  for (const box of blocked) grid.add(box, '');
  const placed = new Map<string, PlacedLabel>();
  const order = [...marks].sort((a, b) => b.priority - a.priority || b.r - a.r);
  for (const mark of order) {
    for (const [side, box] of candidates(mark)) {
      if (!inside(box, bounds)) continue;
      if (grid.hits(box, mark.id)) continue;
      placed.set(mark.id, { side, box });
      grid.add(box, `label:${mark.id}`);
      break;
    }
  }
  return placed;
}

/**
 * Boxes bucketed in square cells, so that checking a label against 550 marks and labels looks
 * only at its neighbours.
 */
class BoxGrid {
  private readonly cells = new Map<string, { box: Box; owner: string }[]>();
  constructor(private readonly size: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(box.x0 / this.size); i <= Math.floor(box.x1 / this.size); i += 1)
      for (let j = Math.floor(box.y0 / this.size); j <= Math.floor(box.y1 / this.size); j += 1)
        keys.push(`${i},${j}`);
    return keys;
  }

  add(box: Box, owner: string): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key) ?? [];
      list.push({ box, owner });
      this.cells.set(key, list);
    }
  }

  /** Whether `box` overlaps anything but the mark `self`. */
  hits(box: Box, self: string): boolean {
    for (const key of this.keys(box)) {
      for (const entry of this.cells.get(key) ?? [])
        if (entry.owner !== self && overlaps(box, entry.box)) return true;
    }
    return false;
  }
}
