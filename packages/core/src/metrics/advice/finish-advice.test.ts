import { describe, expect, it } from 'vitest';
import { suppress } from '../../suppression/suppress.js';
import type { MetricOptions, MetricRow } from '../types.js';
import { adviceSuppression } from './advice-suppression.js';
import { finishAdvice } from './finish-advice.js';

const options: MetricOptions = {
  region: '36',
  from: '2024-01-01',
  to: '2024-12-31',
  council: 'C3601',
};

/** A working row as the SQL gives it: Kab. Tangerang leads by 18 points, 2 visits hosted. */
function workingRow(overrides: Partial<MetricRow> = {}): MetricRow {
  return {
    council_id: 'C3603',
    rank: 1,
    dimension_score: 80,
    gap: 18.2,
    products_assessed: 24,
    visits_hosted: 2,
    practices_shown: 2,
    adoption_rate: 0.5,
    dimension: 'quality',
    region_name: 'Kabupaten Tangerang',
    council_name: 'Dekranasda Kabupaten Tangerang',
    unknown_council: false,
    ...overrides,
  };
}

const reasonsOf = (row: MetricRow, extra: Partial<MetricOptions> = {}): string[] =>
  finishAdvice([row], { ...options, ...extra })[0]?.reasons as string[];

describe('finishAdvice', () => {
  it('states every number when nothing is suppressed (CLI, analysts)', () => {
    expect(reasonsOf(workingRow())).toEqual([
      'Produk Kab. Tangerang unggul 18 poin pada kualitas',
      'sudah 2 kali menerima studi tiru',
      '50% praktik yang diperlihatkan diadopsi',
    ]);
    expect(reasonsOf(workingRow(), { lang: 'en' })).toEqual([
      'Products of Kab. Tangerang lead by 18 points on quality',
      'has hosted 2 study visits',
      '50% of the practices shown were adopted',
    ]);
  });

  it('states the visits hosted and the adoption rate under suppression: a council is public', () => {
    const [row] = finishAdvice([workingRow()], { ...options, suppressionK: 5 });
    expect(row?.reasons).toEqual([
      'Produk Kab. Tangerang unggul 18 poin pada kualitas',
      'sudah 2 kali menerima studi tiru',
      '50% praktik yang diperlihatkan diadopsi',
    ]);
    expect(suppress([row as MetricRow], adviceSuppression, 5)[0]).toMatchObject({
      visits_hosted: 2,
      practices_shown: 2,
      adoption_rate: 0.5,
      suppressed: [],
    });
    expect(reasonsOf(workingRow(), { suppressionK: 5, lang: 'en' })).toEqual([
      'Products of Kab. Tangerang lead by 18 points on quality',
      'has hosted 2 study visits',
      '50% of the practices shown were adopted',
    ]);
  });

  it('hides no sentence whose numbers suppression keeps: zero visits and k or more', () => {
    expect(
      reasonsOf(workingRow({ visits_hosted: 0, adoption_rate: null }), { suppressionK: 5 }),
    ).toEqual([
      'Produk Kab. Tangerang unggul 18 poin pada kualitas',
      'belum pernah menerima studi tiru',
    ]);
    expect(
      reasonsOf(workingRow({ visits_hosted: 6, adoption_rate: 0.45 }), { suppressionK: 5 }),
    ).toEqual([
      'Produk Kab. Tangerang unggul 18 poin pada kualitas',
      'sudah 6 kali menerima studi tiru',
      '45% praktik yang diperlihatkan diadopsi',
    ]);
  });

  it('leaves out the lead when the means are hidden too (k above the products assessed)', () => {
    const row = workingRow({ visits_hosted: 6, adoption_rate: 0.45 });
    expect(reasonsOf(row, { suppressionK: 30 })).toEqual([
      'sudah 6 kali menerima studi tiru',
      '45% praktik yang diperlihatkan diadopsi',
    ]);
    expect(
      suppress(
        [finishAdvice([row], { ...options, suppressionK: 30 })[0] as MetricRow],
        adviceSuppression,
        30,
      )[0]?.suppressed,
    ).toEqual(['dimension_score', 'gap', 'products_assessed']);
  });

  it('states the visit count whatever the count and k, since suppression never hides it', () => {
    for (let k = 2; k <= 12; k += 1) {
      for (let visits = 0; visits <= 15; visits += 1) {
        const row = workingRow({ visits_hosted: visits, adoption_rate: visits === 0 ? null : 0.5 });
        const [id, en] = [
          reasonsOf(row, { suppressionK: k }),
          reasonsOf(row, { suppressionK: k, lang: 'en' }),
        ];
        expect(id.includes(`sudah ${visits} kali menerima studi tiru`)).toBe(visits > 0);
        expect(id.some((reason) => reason.startsWith('kurang dari'))).toBe(false);
        expect(en.some((reason) => reason.startsWith(`has hosted ${visits} study visit`))).toBe(
          visits > 0,
        );
        expect(id.some((reason) => reason.endsWith('diadopsi'))).toBe(visits > 0);
      }
    }
  });
});
