import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../types.js';
import { finishNetwork } from './finish-network.js';

const options = { region: '36', from: '2024-01-01', to: '2024-12-31' };

describe('finishNetwork', () => {
  it('fills betweenness from the graph row edge lists, keeps each row to its own fields, leaves the input as it was', () => {
    const council = {
      visits_made: 1,
      visits_hosted: 0,
      joint_exhibitions: 0,
      nodes: null,
      edges: null,
      density: null,
    };
    const rows: MetricRow[] = [
      {
        council_id: 'B',
        ...council,
        partners: 2,
        betweenness: null,
        edge_from: null,
        edge_to: null,
      },
      {
        council_id: 'E',
        ...council,
        partners: 0,
        betweenness: null,
        edge_from: null,
        edge_to: null,
      },
      {
        council_id: 'all',
        visits_made: null,
        visits_hosted: null,
        joint_exhibitions: null,
        partners: null,
        betweenness: null,
        nodes: 3,
        edges: 2,
        density: 2 / 3,
        edge_from: ['A', 'B'],
        edge_to: ['B', 'C'],
      },
    ];
    const copy = structuredClone(rows);
    const fields = { visits_made: 1, visits_hosted: 0, joint_exhibitions: 0 };
    expect(finishNetwork(rows, options)).toEqual([
      { council_id: 'B', ...fields, partners: 2, betweenness: 1 },
      { council_id: 'E', ...fields, partners: 0, betweenness: 0 },
      { council_id: 'all', nodes: 3, edges: 2, density: 2 / 3 },
    ]);
    expect(rows).toEqual(copy);
  });
});
