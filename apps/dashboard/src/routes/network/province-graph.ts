import type { GraphEdge, GraphNode } from '$lib/server/councils/network.js';

/** A province of the national network: its councils' links summed. */
export interface ProvinceNode {
  /** The province code (`35`). */
  code: string;
  /** Councils of the province in the graph. */
  councils: number;
  /** Study visits between two councils of the province. */
  visitsWithin: number;
  /** Study visits by its councils to councils of another province. */
  visitsMade: number;
  /** Study visits by councils of another province to its councils. */
  visitsHosted: number;
  /** Joint exhibitions (counted per pair of organizers) with a council of another province. */
  jointExhibitions: number;
  /** Other provinces linked to it. */
  partners: number;
}

export interface ProvinceEdge {
  source: string;
  target: string;
  kind: 'visit' | 'joint';
  /** Visits from source's councils to target's, or joint exhibitions of pairs across the two. */
  events: number;
}

export interface ProvinceGraph {
  nodes: ProvinceNode[];
  edges: ProvinceEdge[];
}

/** The province part of a council's region code, or null for a council with none. */
const provinceOf = (regionCode: string | null): string | null =>
  regionCode == null || regionCode === '' ? null : regionCode.split('.')[0]!;

/**
 * The council network summed to provinces: a visit from a council of A to one of B (A ≠ B) adds
 * one to the edge A → B; a joint exhibition's pair of organizers in A and B adds one to A ↔ B
 * (a pair inside one province stays inside its node). Councils with no region are left out, as
 * the drawing has no province to put them in. Nodes are sorted by code, edges by kind, source, target.
 *
 *     provinceGraph(
 *       [{ council_id: 'DKR-35', name: '…', region_code: '35', in_scope: true },
 *        { council_id: 'DKR-36.01', name: '…', region_code: '36.01', in_scope: true }],
 *       [{ source: 'DKR-35', target: 'DKR-36.01', kind: 'visit', events: 2, suppressed: [] }],
 *     ).edges // [{ source: '35', target: '36', kind: 'visit', events: 2 }]
 */
export function provinceGraph(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): ProvinceGraph {
  const provinceOfCouncil = new Map<string, string>();
  const summary = new Map<string, ProvinceNode>();
  const node = (code: string): ProvinceNode => {
    let entry = summary.get(code);
    if (!entry) {
      entry = {
        code,
        councils: 0,
        visitsWithin: 0,
        visitsMade: 0,
        visitsHosted: 0,
        jointExhibitions: 0,
        partners: 0,
      };
      summary.set(code, entry);
    }
    return entry;
  };
  for (const council of nodes) {
    const code = provinceOf(council.region_code);
    if (code == null) continue;
    provinceOfCouncil.set(council.council_id, code);
    node(code).councils += 1;
  }
  const sums = new Map<string, ProvinceEdge>();
  for (const edge of edges) {
    const from = provinceOfCouncil.get(edge.source);
    const to = provinceOfCouncil.get(edge.target);
    if (from == null || to == null) continue;
    if (from === to) {
      if (edge.kind === 'visit') node(from).visitsWithin += edge.events;
      continue;
    }
    // A joint exhibition has no direction: its pair is keyed in code order.
    const [source, target] = edge.kind === 'joint' && to < from ? [to, from] : [from, to];
    const key = `${edge.kind}|${source}|${target}`;
    const sum = sums.get(key) ?? { source, target, kind: edge.kind, events: 0 };
    sum.events += edge.events;
    sums.set(key, sum);
    if (edge.kind === 'visit') {
      node(from).visitsMade += edge.events;
      node(to).visitsHosted += edge.events;
    } else {
      node(from).jointExhibitions += edge.events;
      node(to).jointExhibitions += edge.events;
    }
  }
  const partners = new Map<string, Set<string>>();
  for (const edge of sums.values()) {
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const set = partners.get(a) ?? new Set<string>();
      set.add(b);
      partners.set(a, set);
    }
  }
  for (const entry of summary.values()) entry.partners = partners.get(entry.code)?.size ?? 0;
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...summary.values()].sort((a, b) => order(a.code, b.code)),
    edges: [...sums.values()].sort(
      (a, b) => order(a.kind, b.kind) || order(a.source, b.source) || order(a.target, b.target),
    ),
  };
}
