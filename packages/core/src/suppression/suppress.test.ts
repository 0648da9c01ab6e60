import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachSuppression } from '../metrics/reach/reach-suppression.js';
import type { MetricRow, SuppressionSpec } from '../metrics/types.js';
import { suppress } from './suppress.js';

const spec: SuppressionSpec = {
  counts: ['reached', 'retained'],
  rates: { retention_rate: 'reached' },
};

describe('suppress', () => {
  it('hides counts from 1 to k-1 and rates over fewer than k units, and lists them', () => {
    const rows = [
      { region_code: '36.01', reached: 3, retained: 1, retention_rate: 1 / 3 },
      { region_code: '36.02', reached: 12, retained: 4, retention_rate: 4 / 12 },
      { region_code: '36.03', reached: 0, retained: 0, retention_rate: null },
      { region_code: '36.04', reached: 5, retained: 5, retention_rate: 1 },
    ];
    expect(suppress(rows, spec)).toEqual([
      {
        region_code: '36.01',
        reached: null,
        retained: null,
        retention_rate: null,
        suppressed: ['reached', 'retained', 'retention_rate'],
      },
      // a rate over 12 units stays although its numerator count is hidden
      {
        region_code: '36.02',
        reached: 12,
        retained: null,
        retention_rate: 4 / 12,
        suppressed: ['retained'],
      },
      // zero is no small cell, and an already-null rate hides nothing
      { region_code: '36.03', reached: 0, retained: 0, retention_rate: null, suppressed: [] },
      { region_code: '36.04', reached: 5, retained: 5, retention_rate: 1, suppressed: [] },
    ]);
  });

  it('takes another k', () => {
    const [row] = suppress([{ reached: 7, retained: 2, retention_rate: 2 / 7 }], spec, 10);
    expect(row).toEqual({
      reached: null,
      retained: null,
      retention_rate: null,
      suppressed: ['reached', 'retained', 'retention_rate'],
    });
  });

  it('hides a rate whose unit count is missing', () => {
    const [row] = suppress([{ retention_rate: 0.5 }], spec);
    expect(row).toEqual({ retention_rate: null, suppressed: ['retention_rate'] });
  });

  it('never changes its input, and keeps every field and value it does not hide', () => {
    const counts = fc.oneof(fc.constant(null), fc.nat(20));
    const rows = fc.array(
      fc.record({
        region_code: fc.constantFrom('36', '36.01'),
        eligible_artisans: counts,
        reached_artisans: counts,
        reach_rate: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })),
        completion_rate: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })),
      }),
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 11 }), (input: MetricRow[], k) => {
        const before = JSON.stringify(input);
        const out = suppress(input, reachSuppression, k);
        expect(JSON.stringify(input)).toBe(before);
        expect(out).toHaveLength(input.length);
        out.forEach((row, i) => {
          const source = input[i] as MetricRow;
          for (const [field, value] of Object.entries(source)) {
            if (row.suppressed.includes(field)) {
              expect(row[field]).toBeNull();
              expect(value).not.toBeNull();
            } else expect(row[field]).toEqual(value);
          }
          const eligible = source.eligible_artisans;
          if (typeof eligible === 'number' && eligible >= 1 && eligible < k)
            expect(row.eligible_artisans).toBeNull();
          if (source.reach_rate !== null && (typeof eligible !== 'number' || eligible < k))
            expect(row.reach_rate).toBeNull();
        });
      }),
      { numRuns: 150 },
    );
  });
});
