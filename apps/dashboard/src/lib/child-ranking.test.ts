import { describe, expect, it } from 'vitest';
import type { Row } from './api-types.js';
import { childRanking } from './child-ranking.js';

const row = (code: string, rate: number | null, eligible: number | null, hidden = false): Row => ({
  region_code: code,
  reach_rate: rate,
  eligible_artisans: eligible,
  suppressed: hidden ? ['reach_rate'] : [],
});
const names: Record<string, string> = {
  '11': 'Aceh',
  '32': 'Jawa Barat',
  '36': 'Banten',
  '51': 'Bali',
};

describe('childRanking', () => {
  it('ranks the highest rate first, hidden and empty rates last by name', () => {
    const { entries, max } = childRanking(
      [row('11', null, 0), row('32', 0.1, 100), row('51', null, null, true), row('36', 0.3, 50)],
      (code) => names[code] ?? code,
    );
    expect(entries.map((entry) => entry.code)).toEqual(['36', '32', '11', '51']);
    expect(entries[2]).toMatchObject({ name: 'Aceh', value: null, eligible: 0, suppressed: false });
    expect(entries[3]).toMatchObject({ suppressed: true, eligible: null });
    expect(max).toBe(0.3);
  });
  it('gives the bars a full width of 1 when no rate is shown', () => {
    expect(childRanking([row('11', null, 0)], (code) => code).max).toBe(1);
  });
});
