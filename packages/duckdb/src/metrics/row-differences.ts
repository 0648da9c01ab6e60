import type { MetricRow } from '@anyam/core';

const same = (a: unknown, b: unknown, tolerance: number): boolean => {
  if (a === null || b === null || a === undefined || b === undefined)
    return a === b || (a ?? null) === (b ?? null);
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isInteger(a) && Number.isInteger(b)) return a === b;
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i], tolerance));
  return a === b;
};

/**
 * How two row lists differ, for the parity tests: the same number of rows, in the same order,
 * with the same field names; integers exactly, other numbers to `tolerance` (relative above 1),
 * nulls as nulls. An empty list means they agree.
 *
 *     rowDifferences([{ n: 1, rate: 0.5 }], [{ n: 1, rate: 0.5 + 1e-12 }]) // []
 *     rowDifferences([{ n: 1 }], [{ n: 2 }]) // ['row 0 field n: 1 vs 2']
 */
export function rowDifferences(
  expected: readonly MetricRow[],
  actual: readonly MetricRow[],
  tolerance = 1e-9,
): string[] {
  const out: string[] = [];
  if (expected.length !== actual.length)
    out.push(`row count: ${expected.length} vs ${actual.length}`);
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i += 1) {
    const a = expected[i] ?? {};
    const b = actual[i] ?? {};
    const fa = Object.keys(a).join(',');
    const fb = Object.keys(b).join(',');
    if (fa !== fb) out.push(`row ${i} fields: ${fa} vs ${fb}`);
    for (const field of Object.keys(a)) {
      if (!same(a[field], b[field], tolerance)) {
        out.push(
          `row ${i} field ${field}: ${JSON.stringify(a[field])} vs ${JSON.stringify(b[field])}`,
        );
      }
    }
  }
  return out;
}
