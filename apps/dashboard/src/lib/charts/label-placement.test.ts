import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelCandidate } from './label-placement.js';

const bounds: Box = { x0: 0, x1: 400, y0: 0, y1: 300 };
const mark = (id: string, x: number, y: number, priority = 0, width = 60): LabelCandidate => ({
  id,
  x,
  y,
  r: 6,
  width,
  height: 12,
  priority,
});
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
  it('puts a lone label right of its mark', () => {
    const placed = placeLabels([mark('a', 100, 100)], bounds);
    expect(placed.get('a')?.side).toBe('right');
    expect(placed.get('a')?.box).toEqual({ x0: 110, x1: 170, y0: 94, y1: 106 });
  });

  it('never cuts a name at the edge: a mark at the right edge is labelled on its left', () => {
    const placed = placeLabels([mark('edge', 390, 100)], bounds);
    expect(placed.get('edge')?.side).toBe('left');
    expect(placed.get('edge')!.box.x0).toBeGreaterThanOrEqual(0);
  });

  it('leaves out a label with no free side rather than overprinting', () => {
    // A dense knot of 25 marks 10 px apart: few names fit, none overlaps.
    const knot: LabelCandidate[] = [];
    for (let i = 0; i < 5; i += 1)
      for (let j = 0; j < 5; j += 1) knot.push(mark(`${i}-${j}`, 150 + i * 10, 100 + j * 10, i));
    const placed = placeLabels(knot, bounds);
    expect(placed.size).toBeGreaterThan(0);
    expect(placed.size).toBeLessThan(knot.length);
    const boxes = [...placed.values()].map((label) => label.box);
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1)
        expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    // No label covers a mark, its own or another's.
    for (const { box } of placed.values())
      for (const other of knot)
        expect(
          overlap(box, { x0: other.x - 6, x1: other.x + 6, y0: other.y - 6, y1: other.y + 6 }),
        ).toBe(false);
  });

  it('lets the higher priority choose first', () => {
    const pair = [mark('low', 100, 100, 0, 80), mark('high', 112, 100, 5, 80)];
    const placed = placeLabels(pair, bounds);
    expect(placed.get('high')?.side).toBe('right');
    expect(placed.get('low')?.side).toBe('left');
  });

  it('keeps clear of blocked boxes such as a legend', () => {
    const placed = placeLabels([mark('a', 100, 20)], bounds, [{ x0: 0, x1: 400, y0: 0, y1: 30 }]);
    expect(placed.get('a')?.side).toBe('below');
  });
});
