// Test support for the parity and worked-example tests of network, diffusion, impact and
// exhibitions: both engines on the same in-memory records, and a row comparison that holds
// counts exact, other numbers to 1e-9 and nulls as nulls.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { MetricDefinition, MetricInput, MetricOptions, MetricRow } from '@anyam/core';
import { expect } from 'vitest';
import { bindParams } from '../bind-params.js';
import { loadRecords } from '../load-records.js';

/** Every table empty, so that a test names only the tables it fills. */
export function emptyInput(partial: Partial<MetricInput> = {}): MetricInput {
  return {
    councils: [],
    enterprises: [],
    artisans: [],
    programs: [],
    participations: [],
    products: [],
    assessments: [],
    practices: [],
    study_visits: [],
    adoptions: [],
    exhibitions: [],
    exhibitors: [],
    outcomes: [],
    regions: [],
    ...partial,
  };
}

/**
 * The SQL path of a metric: loads the records, runs `sql(options)` with its bound parameters and
 * applies `finish` when the metric has one.
 */
export async function runSql(
  connection: DuckDBConnection,
  definition: MetricDefinition,
  input: MetricInput,
  options: MetricOptions,
): Promise<MetricRow[]> {
  await loadRecords(connection, input);
  const query = definition.sql(options);
  const reader = await connection.runAndReadAll(query.sql, bindParams(query.params as never));
  const rows = reader.getRowObjectsJson() as MetricRow[];
  return definition.finish ? definition.finish(rows, options) : rows;
}

/** Same rows in the same order, same fields; counts exactly, other numbers to 1e-9 (relative above 1), nulls as nulls. */
export function expectSameRows(
  actual: readonly MetricRow[],
  expected: readonly MetricRow[],
  counts: readonly string[],
): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    const want = expected[i] as MetricRow;
    expect(Object.keys(row).sort()).toEqual(Object.keys(want).sort());
    for (const [field, value] of Object.entries(want)) {
      const got = row[field];
      if (typeof value === 'number' && !counts.includes(field)) {
        expect(typeof got, `row ${i} ${field}`).toBe('number');
        expect(
          Math.abs((got as number) - value),
          `row ${i} ${field}: ${String(got)} vs ${value}`,
        ).toBeLessThanOrEqual(
          // Absolute 1e-9, relative beyond 1: doubles hold ~16 digits, and a 20-digit percentage
          // (an interval on revenues from 1 to 3e9 rupiah) cannot agree to 1e-9 absolutely.
          1e-9 * Math.max(1, Math.abs(value)),
        );
      } else {
        expect(got, `row ${i} ${field}`).toEqual(value);
      }
    }
  });
}
