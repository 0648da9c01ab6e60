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
  return rows.map((row): MetricRow => {
    // SQL returns one set of columns for every row; each row keeps only the fields metrics.md
    // gives it, as the TypeScript function returns them.
    if (row.council_id === 'all') {
      const { council_id, nodes, edges, density } = row;
      return {
        council_id: council_id ?? null,
        nodes: nodes ?? null,
        edges: edges ?? null,
        density: density ?? null,
      };
    }
    const { council_id, visits_made, visits_hosted, joint_exhibitions, partners } = row;
    return {
      council_id: council_id ?? null,
      visits_made: visits_made ?? null,
      visits_hosted: visits_hosted ?? null,
      joint_exhibitions: joint_exhibitions ?? null,
      partners: partners ?? null,
      betweenness: centrality.get(String(council_id)) ?? 0,
    };
  });
}

function asList(value: MetricRow[string] | undefined): readonly string[] {
  return Array.isArray(value) ? (value as readonly string[]) : [];
}
