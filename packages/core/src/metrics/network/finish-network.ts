import type { MetricOptions, MetricRow } from '../types.js';
import { betweenness } from './betweenness.js';

/**
 * The TypeScript step after {@link networkSql}: computes each council's betweenness from the
 * edge lists the graph row carries (`edge_from`, `edge_to`) and returns the rows without those
 * helper columns, so that they equal {@link network}'s. The input rows are not mutated.
 *
 *     finishNetwork([{ council_id: 'B', betweenness: null, ... },
 *                    { council_id: 'all', edge_from: ['A', 'B'], edge_to: ['B', 'C'], ... }], options)
 *     // [{ council_id: 'B', betweenness: 1, ... }, { council_id: 'all', ... }]
 */
export function finishNetwork(rows: readonly MetricRow[], _options?: MetricOptions): MetricRow[] {
  const graph = rows.find((row) => row.council_id === 'all');
  const from = asList(graph?.edge_from);
  const to = asList(graph?.edge_to);
  const edges: [string, string][] = from.map((a, i) => [a, to[i] ?? a]);
  const centrality = betweenness(edges);
  return rows.map((row) => {
    const { edge_from: _from, edge_to: _to, ...rest } = row;
    if (row.council_id === 'all') return rest;
    return { ...rest, betweenness: centrality.get(String(row.council_id)) ?? 0 };
  });
}

function asList(value: MetricRow[string] | undefined): readonly string[] {
  return Array.isArray(value) ? (value as readonly string[]) : [];
}
