import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '$lib/server/councils/network.js';
import { provinceGraph } from './province-graph.js';

const council = (council_id: string, region_code: string | null): GraphNode => ({
  council_id,
  name: `Dekranasda ${council_id}`,
  region_code,
  in_scope: true,
});
const edge = (
  source: string,
  target: string,
  kind: 'visit' | 'joint',
  events: number,
): GraphEdge => ({ source, target, kind, events, suppressed: [] });

const councils = [
  council('A', '35'),
  council('A1', '35.01'),
  council('A2', '35.02'),
  council('B', '36'),
  council('B1', '36.01'),
  council('C1', '11.01'),
  council('X', null),
];

describe('provinceGraph', () => {
  it('sums visits between provinces per direction and keeps visits inside a province on its node', () => {
    const graph = provinceGraph(councils, [
      edge('A1', 'B1', 'visit', 2),
      edge('A2', 'B', 'visit', 1),
      edge('B1', 'A', 'visit', 4),
      edge('A1', 'A2', 'visit', 3),
      edge('A2', 'A1', 'visit', 1),
    ]);
    expect(graph.edges).toEqual([
      { source: '35', target: '36', kind: 'visit', events: 3 },
      { source: '36', target: '35', kind: 'visit', events: 4 },
    ]);
    const east = graph.nodes.find((node) => node.code === '35');
    expect(east).toEqual({
      code: '35',
      councils: 3,
      visitsWithin: 4,
      visitsMade: 3,
      visitsHosted: 4,
      jointExhibitions: 0,
      partners: 1,
    });
  });

  it('joins joint exhibitions across provinces in code order, whichever council is named first', () => {
    const graph = provinceGraph(councils, [
      edge('B1', 'C1', 'joint', 1),
      edge('C1', 'B', 'joint', 2),
      edge('A', 'A1', 'joint', 5),
    ]);
    expect(graph.edges).toEqual([{ source: '11', target: '36', kind: 'joint', events: 3 }]);
    expect(graph.nodes.map((node) => [node.code, node.jointExhibitions, node.partners])).toEqual([
      ['11', 3, 1],
      ['35', 0, 0],
      ['36', 3, 1],
    ]);
  });

  it('counts every council of a province, linked or not, and leaves out councils with no region', () => {
    const graph = provinceGraph(councils, [edge('X', 'A', 'visit', 7)]);
    expect(graph.nodes.map((node) => [node.code, node.councils])).toEqual([
      ['11', 1],
      ['35', 3],
      ['36', 2],
    ]);
    expect(graph.edges).toEqual([]);
    expect(graph.nodes.every((node) => node.visitsHosted === 0)).toBe(true);
  });

  it('leaves its inputs as they were', () => {
    const edges = [edge('A1', 'B1', 'visit', 2)];
    const copy = structuredClone(edges);
    provinceGraph(councils, edges);
    expect(edges).toEqual(copy);
  });
});
