import { describe, expect, it } from 'vitest';
import type { Row } from '$lib/api-types.js';
import type { CouncilSubScores } from '$lib/server/councils/advice-sub-scores.js';
import { adviceLines, type AdviceLinesContext } from './advice-lines.js';

const row: Row = {
  council_id: 'DKR-36.03',
  rank: 1,
  dimension_score: 20.423,
  gap: 6.239,
  products_assessed: 803,
  visits_hosted: 47,
  practices_shown: 8,
  adoption_rate: 0.42592592592592593,
  suppressed: [],
};
const context: AdviceLinesContext = {
  council: 'Kab. Lebak',
  dimension: 'quality',
  ownScore: 14.184,
  year: 2025,
  visits: '2021–2025',
  weakest: { field: 'packaging', score: 50.95 },
};
const host: CouncilSubScores = {
  products_assessed: 803,
  dimensions: [
    {
      dimension: 'quality',
      score: 70,
      sub_scores: [
        { field: 'design', score: 75 },
        { field: 'craftsmanship', score: 72 },
        { field: 'packaging', score: 63.04 },
      ],
    },
  ],
  suppressed: [],
};

describe('adviceLines', () => {
  it('rounds as the page does (one decimal) and says each count’s period, in Indonesian', () => {
    expect(adviceLines(row, 'Kab. Tangerang', host, context, 'id')).toEqual([
      'Produk Kab. Tangerang unggul 6,2 poin pada kualitas: 20,4 lawan 14,2 dari 100 (penilaian terakhir s.d. 2025)',
      'sudah 47 kali menerima studi tiru pada 2021–2025',
      '42,6% praktik yang diperlihatkannya diadopsi Dekranasda yang berkunjung (kunjungan 2021–2025)',
      'Kemasan (sub-skor terlemah Kab. Lebak pada kualitas): Kab. Tangerang 63, Kab. Lebak 51 dari 100',
    ]);
  });

  it('writes English with English numbers', () => {
    const lines = adviceLines(row, 'Kab. Tangerang', host, context, 'en');
    expect(lines[0]).toBe(
      'Products of Kab. Tangerang lead by 6.2 points on quality: 20.4 against 14.2 of 100 (latest assessments to 2025)',
    );
    expect(lines[2]).toMatch(/^42\.6% of the practices it showed were adopted/);
  });

  it('says trailing, and never states a hidden score', () => {
    const behind = { ...row, gap: -1.26 };
    expect(adviceLines(behind, 'Kota Cilegon', undefined, context, 'id')[0]).toMatch(
      /^Produk Kota Cilegon tertinggal 1,3 poin pada kualitas/,
    );
    const hidden: Row = {
      ...row,
      dimension_score: null,
      gap: null,
      suppressed: ['dimension_score', 'gap'],
    };
    const lines = adviceLines(hidden, 'Kota Cilegon', undefined, context, 'id');
    expect(lines.join(' ')).not.toMatch(/poin|dari 100/);
    expect(lines[0]).toBe('sudah 47 kali menerima studi tiru pada 2021–2025');
  });

  it('says no visit yet when none was hosted', () => {
    const lines = adviceLines(
      { ...row, visits_hosted: 0, adoption_rate: null },
      'X',
      undefined,
      context,
      'en',
    );
    expect(lines).toContain('has not hosted a study visit (2021–2025)');
    expect(lines.some((line) => line.includes('adopted'))).toBe(false);
  });
});
