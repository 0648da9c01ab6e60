import fc from 'fast-check';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness } from './betweenness.js';

describe('betweenness', () => {
  it('gives the middle of a path a-b-c the value 1 and the ends 0', () => {
    expect(
      Object.fromEntries(
        betweenness([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('matches NetworkX on a path of four: the inner nodes lie on 2 of the 3 pairs', () => {
    // nx.betweenness_centrality(nx.path_graph(4)) == {0: 0, 1: 2/3, 2: 2/3, 3: 0}
    const result = betweenness([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(result.get('b')).toBeCloseTo(2 / 3, 12);
    expect(result.get('c')).toBeCloseTo(2 / 3, 12);
    expect(result.get('a')).toBe(0);
  });

  it('splits the credit between equally short paths (a 4-cycle: 1/2 of one pair over 3)', () => {
    const result = betweenness([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    for (const node of ['a', 'b', 'c', 'd']) expect(result.get(node)).toBeCloseTo(1 / 6, 12);
  });

  it('gives the centre of a star 1 whatever the order, repeats and self-loops of the edges', () => {
    const edges: [string, string][] = [
      ['hub', 'x'],
      ['y', 'hub'],
      ['hub', 'z'],
      ['x', 'hub'],
      ['z', 'z'],
    ];
    const result = betweenness(edges);
    expect(result.get('hub')).toBe(1);
    expect([...result.keys()].sort()).toEqual(['hub', 'x', 'y', 'z']);
    expect(betweenness([...edges].reverse())).toEqual(result);
  });

  it('is 0 for every node of a graph with two nodes, and empty without edges', () => {
    expect(Object.fromEntries(betweenness([['a', 'b']]))).toEqual({ a: 0, b: 0 });
    expect(betweenness([]).size).toBe(0);
  });

  it('treats separate components apart: only paths that exist count', () => {
    // Path a-b-c plus edge d-e: n = 5, b lies on (a,c) only: 1 / (4 * 3 / 2).
    const result = betweenness([
      ['a', 'b'],
      ['b', 'c'],
      ['d', 'e'],
    ]);
    expect(result.get('b')).toBeCloseTo(1 / 6, 12);
    expect(result.get('d')).toBe(0);
  });

  it('agrees with graphology-metrics (normalised as NetworkX) on random graphs', () => {
    const node = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    fc.assert(
      fc.property(fc.array(fc.tuple(node, node), { maxLength: 20 }), (edges) => {
        const graph = new Graph({ type: 'undirected' });
        for (const [a, b] of edges) if (a !== b) graph.mergeEdge(a, b);
        // graphology cannot run on an empty graph; ours gives an empty map there.
        if (graph.order === 0) {
          expect(betweenness(edges).size).toBe(0);
          return;
        }
        const reference: Record<string, number> = betweennessCentrality(graph);
        const ours = betweenness(edges);
        expect([...ours.keys()].sort()).toEqual(Object.keys(reference).sort());
        for (const [id, value] of ours)
          expect(Math.abs(value - (reference[id] ?? NaN))).toBeLessThan(1e-12);
      }),
      { numRuns: 150 },
    );
  });
});
