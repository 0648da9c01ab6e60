import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { network, networkMetric, type Council, type MetricOptions } from '@anyam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyInput, expectSameRows, runSql } from './engines.testkit.js';

const council = (council_id: string, region_code: string): Council => ({
  council_id,
  region_code,
  name: council_id,
});
const visit = (visit_id: string, from: string, to: string, visit_date: string) => ({
  visit_id,
  visiting_council_id: from,
  host_council_id: to,
  visit_date,
  delegation_size: 3,
  practice_ids: [],
});
const fair = (exhibition_id: string, start_date: string, organizer_council_ids: string[]) => ({
  exhibition_id,
  name: exhibition_id,
  start_date,
  end_date: start_date,
  region_code: '36',
  scale: 'local' as const,
  organizer_council_ids,
});

// A, B, C, E in Banten's regencies, P the province council, D outside Banten (32.01).
const input = emptyInput({
  councils: [
    council('P', '36'),
    council('C', '36.03'),
    council('A', '36.01'),
    council('B', '36.02'),
    council('E', '36.04'),
    council('D', '32.01'),
  ],
  study_visits: [
    visit('v1', 'A', 'B', '2024-03-01'),
    visit('v2', 'B', 'C', '2024-05-01'),
    visit('v3', 'A', 'B', '2024-07-01'), // the same pair again: one edge, two visits
    visit('v4', 'C', 'C', '2024-02-01'), // self-visit: made and hosted by C, but no link
    visit('v5', 'D', 'C', '2023-12-31'), // before P
    visit('v6', 'D', 'A', '2024-08-01'), // D is outside r, A inside: counts
    visit('v7', 'P', 'A', '2024-10-01'),
  ],
  exhibitions: [
    fair('x1', '2024-09-01', ['C', 'D', 'D']), // two distinct organizers: joint, edge C-D
    fair('x2', '2024-09-02', ['P']), // one organizer: not joint
    fair('x3', '2024-09-03', ['D', 'F']), // no organizer in r
    fair('x4', '2025-01-01', ['A', 'B']), // after P
  ],
});
const year2024 = { from: '2024-01-01', to: '2024-12-31' };

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
});
afterAll(() => connection.closeSync());

const councilRow = (
  council_id: string,
  made: number,
  hosted: number,
  joint: number,
  partners: number,
  b: number,
) => ({
  council_id,
  visits_made: made,
  visits_hosted: hosted,
  joint_exhibitions: joint,
  partners,
  betweenness: b,
});
const graphRow = (nodes: number, edges: number, density: number | null) => ({
  council_id: 'all',
  nodes,
  edges,
  density,
});

describe('network worked example', () => {
  it('counts visits, joint exhibitions, partners and betweenness for Banten (36) in 2024', async () => {
    // Counted edges: A-B (v1, v3), B-C (v2), A-D (v6), A-P (v7), C-D (x1): a 4-cycle A-B-C-D
    // with the leaf P on A; n = 5, so betweenness is divided by (4 * 3) / 2 = 6.
    // A: pairs (B,D) 1/2 [B-A-D, B-C-D], (B,P) 1, (C,P) 1 [C-B-A-P, C-D-A-P], (D,P) 1 -> 3.5 / 6
    // B: (A,C) 1/2 [A-B-C, A-D-C], (C,P) 1/2 -> 1 / 6; D likewise 1 / 6
    // C: (B,D) 1/2 -> 0.5 / 6; P is a leaf: 0. E has no edge: zeros.
    // C's self-visit v4 counts as made and hosted, and adds no edge or partner.
    // Graph: 5 nodes, 5 edges, density 5 / (5 * 4 / 2) = 0.5. D is a node but not a row (outside r).
    const options: MetricOptions = { region: '36', ...year2024 };
    const expected = [
      councilRow('A', 2, 2, 0, 3, 3.5 / 6),
      councilRow('B', 1, 2, 0, 2, 1 / 6),
      councilRow('C', 1, 2, 1, 2, 0.5 / 6),
      councilRow('E', 0, 0, 0, 0, 0),
      councilRow('P', 1, 0, 0, 1, 0),
      graphRow(5, 5, 0.5),
    ];
    const counts = networkMetric.suppression.counts;
    expectSameRows(network(input, options), expected, counts);
    expectSameRows(await runSql(connection, networkMetric, input, options), expected, counts);
  });

  it('keeps only the events touching a regency (36.03): a path B-C-D with C in the middle', async () => {
    // Counted: v2 (B -> C, C in r), v4 (C's self-visit: no link) and x1 (C, D); v1, v3, v6, v7
    // touch no council of 36.03. The path B-C-D gives C betweenness 1 (its one pair (B,D) over 1).
    const options: MetricOptions = { region: '36.03', ...year2024 };
    const expected = [councilRow('C', 1, 2, 1, 2, 1), graphRow(3, 2, 2 / 3)];
    const counts = networkMetric.suppression.counts;
    expectSameRows(network(input, options), expected, counts);
    expectSameRows(await runSql(connection, networkMetric, input, options), expected, counts);
  });

  it('gives zero rows for isolated councils and a null density when nothing happened', async () => {
    const options: MetricOptions = { region: '36', from: '2020-01-01', to: '2020-12-31' };
    const expected = ['A', 'B', 'C', 'E', 'P'].map((id) => councilRow(id, 0, 0, 0, 0, 0));
    const rows = [...expected, graphRow(0, 0, null)];
    const counts = networkMetric.suppression.counts;
    expectSameRows(network(input, options), rows, counts);
    const sqlRows = await runSql(connection, networkMetric, input, options);
    expectSameRows(sqlRows, rows, counts);
    expect(sqlRows.some((row) => 'edge_from' in row)).toBe(false);
  });
});
