import { describe, expect, it } from 'vitest';
import { hideOwnGap } from './hide-own-gap.js';

const row = {
  council_id: 'DKR-36.03',
  rank: 1,
  dimension_score: 20.42,
  gap: 6.24,
  products_assessed: 803,
  visits_hosted: 47,
  practices_shown: 8,
  adoption_rate: 0.45,
  reasons: [
    'Produk Kab. Tangerang unggul 6 poin pada kepatuhan',
    'sudah 47 kali menerima studi tiru',
  ],
  suppressed: [] as string[],
  name: 'Dekranasda Kabupaten Tangerang',
};

describe('hideOwnGap', () => {
  it('hides the gap that would give a hidden own score back, in the numbers and the sentences', () => {
    const [hidden] = hideOwnGap([row], 'compliance', 'id', 5);
    expect(hidden!.gap).toBeNull();
    expect(hidden!.suppressed).toEqual(['gap']);
    // The candidate's own score is its own to publish; the lead over the hidden score is not.
    expect(hidden!.dimension_score).toBe(20.42);
    const reasons = hidden!.reasons as string[];
    expect(reasons.join(' ')).not.toMatch(/unggul|poin/);
    expect(reasons[0]).toBe('Skor kepatuhan produk Kab. Tangerang 20 dari 100');
    expect(reasons).toContain('sudah 47 kali menerima studi tiru');
    expect(row.gap).toBe(6.24);
  });
});
