/**
 * Whether a candidate is ahead of the advised council: its gap, as the page prints it (one
 * decimal), is above zero. A gap the page would print as 0,0 is not a lead, nor is a hidden one.
 *
 *     isAhead(6.24) // true
 *     isAhead(0.04) // false
 *     isAhead(null) // false
 */
export function isAhead(gap: number | null): boolean {
  return gap !== null && Math.round(gap * 10) > 0;
}
