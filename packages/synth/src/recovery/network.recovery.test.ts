// Recovery: on the Banten demo dataset, the collaboration network finds what `generate` planted
// (plantedEffects.strongestRegion: Dekranasda Kabupaten Tangerang, 36.03, hosts the most study
// visits), and its two engines (TypeScript; SQL then finish) agree on every row.
import { networkMetric, type MetricInput, type MetricOptions, type MetricRow } from '@anyam/core';
import { bindParams } from '@anyam/duckdb';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, plantedEffects } from '../index.js';

const { councilId: tangerangCouncil } = plantedEffects.strongestRegion;

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let input: MetricInput;

async function rows(sql: string): Promise<MetricRow[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as MetricRow[];
}

async function sqlRows(options: MetricOptions): Promise<MetricRow[]> {
  const query = networkMetric.sql(options);
  const reader = await connection.runAndReadAll(query.sql, bindParams(query.params as never));
  return networkMetric.finish?.(reader.getRowObjectsJson() as MetricRow[], options) ?? [];
}

/** Same rows, same order, same fields; counts exact, other numbers to 1e-9. */
function expectAgree(a: readonly MetricRow[], b: readonly MetricRow[]): void {
  expect(b.length).toBe(a.length);
  a.forEach((row, i) => {
    const other = b[i] as MetricRow;
    expect(Object.keys(other).sort()).toEqual(Object.keys(row).sort());
    for (const [field, value] of Object.entries(row)) {
      const got = other[field];
      if (typeof value === 'number' && typeof got === 'number' && !Number.isInteger(value)) {
        expect(Math.abs(value - got), `row ${i} ${field}`).toBeLessThanOrEqual(1e-9);
      } else {
        expect(got, `row ${i} ${field}`).toEqual(value);
      }
    }
  });
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
  await generate(connection, { scale: 'banten', seed: 42 });
  // The tables the network reads, as records.
  input = {
    councils: await rows('SELECT * FROM councils'),
    study_visits: await rows('SELECT * FROM study_visits'),
    exhibitions: await rows('SELECT * FROM exhibitions'),
    regions: await rows('SELECT * FROM regions'),
    enterprises: [],
    artisans: [],
    programs: [],
    participations: [],
    products: [],
    assessments: [],
    practices: [],
    adoptions: [],
    exhibitors: [],
    outcomes: [],
  } as unknown as MetricInput;
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('network recovers the most visited council', () => {
  it('finds Kabupaten Tangerang hosting the most visits over 2021–2025, in both engines', async () => {
    const options: MetricOptions = { region: '36', from: '2021-01-01', to: '2025-12-31' };
    const ts = networkMetric.compute(input, options);
    expectAgree(ts, await sqlRows(options));
    const councils = ts.filter((row) => row.council_id !== 'all');
    // Banten: the province council and its eight regency and city councils.
    expect(councils).toHaveLength(9);
    const hosted = (row: MetricRow) => row.visits_hosted as number;
    const top = [...councils].sort((a, b) => hosted(b) - hosted(a));
    expect(top[0]?.council_id).toBe(tangerangCouncil);
    expect(hosted(top[0] as MetricRow)).toBeGreaterThan(hosted(top[1] as MetricRow));
    // The graph row closes the list: Banten councils and the partners they met elsewhere.
    const graph = ts.at(-1) as MetricRow;
    expect(graph.council_id).toBe('all');
    expect(graph.nodes as number).toBeGreaterThanOrEqual(9);
    expect(graph.density as number).toBeGreaterThan(0);
    expect(graph.density as number).toBeLessThanOrEqual(1);
  });

  it('agrees across engines year by year and for one regency', async () => {
    for (const options of [
      { region: '36', from: '2024-01-01', to: '2024-12-31' },
      { region: '36.01', from: '2022-01-01', to: '2023-06-30' },
    ]) {
      const ts = networkMetric.compute(input, options);
      expect(ts.length).toBeGreaterThan(1);
      expectAgree(ts, await sqlRows(options));
    }
  });
});
