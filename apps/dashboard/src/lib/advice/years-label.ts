/**
 * The years from one ISO date to another as a reader sees a period: one year alone, or the first
 * and last joined by an en dash; null when there is no first date (nothing was counted).
 *
 *     yearsLabel('2021-03-04', '2025-12-31') // '2021–2025'
 *     yearsLabel('2025-02-01', '2025-12-31') // '2025'
 */
export function yearsLabel(from: string | null, to: string): string | null {
  if (from === null) return null;
  const first = from.slice(0, 4);
  const last = to.slice(0, 4);
  return first === last ? last : `${first}–${last}`;
}
