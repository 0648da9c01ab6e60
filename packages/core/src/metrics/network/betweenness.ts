/**
 * Betweenness centrality of every node of an undirected, unweighted simple graph given by its
 * edges, normalised by `(n - 1)(n - 2) / 2` as NetworkX does for undirected graphs (`n` = the
 * nodes that have an edge). Brandes' algorithm; self-loops and repeated edges are ignored, so the
 * caller may pass edges as they come. Nodes and neighbours are visited in sorted order so that
 * the same edge set gives the same floating-point result whatever order it arrives in (the
 * TypeScript metric and the SQL path's finishing step must agree to the last bit they can).
 *
 *     betweenness([['a', 'b'], ['b', 'c']])
 *     // Map { 'a' => 0, 'b' => 1, 'c' => 0 }
 */
export function betweenness(edges: Iterable<readonly [string, string]>): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const [a, b] of edges) {
    if (a === b) continue;
    link(a, b);
    link(b, a);
  }
  const nodes = [...neighbours.keys()].sort(compareText);
  const adjacency = new Map<string, string[]>();
  for (const node of nodes)
    adjacency.set(node, [...(neighbours.get(node) ?? [])].sort(compareText));

  const score = new Map<string, number>(nodes.map((node) => [node, 0]));
  for (const source of nodes) {
    // Breadth-first search from `source`, counting shortest paths (sigma) and their predecessors.
    const order: string[] = [];
    const predecessors = new Map<string, string[]>();
    const sigma = new Map<string, number>([[source, 1]]);
    const distance = new Map<string, number>([[source, 0]]);
    const queue: string[] = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as string;
      order.push(v);
      const dv = distance.get(v) as number;
      for (const w of adjacency.get(v) ?? []) {
        if (!distance.has(w)) {
          distance.set(w, dv + 1);
          queue.push(w);
        }
        if (distance.get(w) === dv + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + (sigma.get(v) as number));
          const list = predecessors.get(w);
          if (list) list.push(v);
          else predecessors.set(w, [v]);
        }
      }
    }
    // Accumulate dependencies from the farthest nodes back to the source.
    const delta = new Map<string, number>();
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i] as string;
      const dw = delta.get(w) ?? 0;
      const sw = sigma.get(w) as number;
      for (const v of predecessors.get(w) ?? []) {
        delta.set(v, (delta.get(v) ?? 0) + ((sigma.get(v) as number) / sw) * (1 + dw));
      }
      if (w !== source) score.set(w, (score.get(w) as number) + dw);
    }
  }
  // Every unordered pair was counted from both ends: halve, then divide by the pairs not
  // involving the node, (n-1)(n-2)/2. With n <= 2 no node lies between two others (all 0).
  const n = nodes.length;
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  for (const node of nodes) score.set(node, (score.get(node) as number) * scale);
  return score;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
