// The types of `runMetric`'s results: checked by `tsc --noEmit` (the package's typecheck, which
// includes this file), and the same calls run here so that the types describe real rows.
import { MetricOptionsError, type MetricRow, type ReachRow } from '@anyam/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { runMetric } from './run-metric.js';
import { useRecordsDb } from './records-db.testkit.js';
import { workedExample } from './worked-example.js';

const db = useRecordsDb(workedExample);

describe('runMetric types', () => {
  it('types the rows of a named metric by its row type', async () => {
    const { metric, rows } = await runMetric(db(), 'reach', { year: 2024 });
    expectTypeOf(metric).toEqualTypeOf<'reach'>();
    expectTypeOf(rows).toEqualTypeOf<ReachRow[]>();
    expectTypeOf(rows[0]!.reach_rate).toEqualTypeOf<number | null>();
    expectTypeOf(rows[0]!.eligible_artisans).toEqualTypeOf<number>();
    const row = rows[0]!;
    expect(typeof row.eligible_artisans).toBe('number');
    expect(row.reach_rate === null || typeof row.reach_rate === 'number').toBe(true);
    // @ts-expect-error a field reach does not have
    expect(row.reach_rat).toBeUndefined();
  });

  it('types suppressed rows as possibly hidden, with their suppressed list', async () => {
    const { rows } = await runMetric(db(), 'retention', { year: 2024, suppress: true });
    expectTypeOf(rows[0]!.reached).toEqualTypeOf<number | null>();
    expectTypeOf(rows[0]!.suppressed).toEqualTypeOf<string[]>();
    expect(Array.isArray(rows[0]!.suppressed)).toBe(true);
  });

  it('rejects a misspelt metric name at compile time and at run time', async () => {
    // @ts-expect-error 'rach' is not a metric name
    await expect(runMetric(db(), 'rach')).rejects.toBeInstanceOf(MetricOptionsError);
  });

  it('takes a name known only at run time, with loose rows', async () => {
    const name: string = ['reach'][0]!;
    const { rows } = await runMetric(db(), name, { year: 2024 });
    expectTypeOf(rows).toEqualTypeOf<MetricRow[]>();
    expect(rows[0]!.reach_rate).toBeTypeOf('number');
  });
});
