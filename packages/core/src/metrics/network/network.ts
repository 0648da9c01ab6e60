import { isInRegion } from '../../regions/code.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';
import { betweenness } from './betweenness.js';

/**
 * The collaboration network of the councils of `r` in `P` (metrics.md section 5): one row per
 * council in `r` (council_id ascending, isolated ones with zeros), then the graph row
 * `council_id: "all"`. A council row carries the council fields and the graph row the graph fields, as metrics.md lists them.
 *
 *     network(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // [{ council_id: 'C1', visits_made: 1, visits_hosted: 0, joint_exhibitions: 1, partners: 2,
 *     //    betweenness: 1 }, ...,
 *     //  { council_id: 'all', nodes: 3, edges: 2, density: 0.666... }]
 */
export function network(input: MetricInput, options: MetricOptions): MetricRow[] {
  const { region, from, to } = options;
  const inPeriod = (date: string): boolean => from <= date && date <= to;
  const inScope = new Set(
    input.councils
      .filter((council) => isInRegion(council.region_code, region))
      .map((c) => c.council_id),
  );

  const made = new Map<string, number>();
  const hosted = new Map<string, number>();
  const joint = new Map<string, number>();
  const edges = new Map<string, readonly [string, string]>();
  const addEdge = (a: string, b: string): void => {
    const pair: readonly [string, string] = a < b ? [a, b] : [b, a];
    edges.set(`${pair[0]}\u0000${pair[1]}`, pair);
  };
  const increment = (counts: Map<string, number>, key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };

  for (const visit of input.study_visits) {
    const { visiting_council_id: visiting, host_council_id: host } = visit;
    if (!inPeriod(visit.visit_date) || (!inScope.has(visiting) && !inScope.has(host))) continue;
    // A self-visit is a counted event (made and hosted), but a council never links to itself.
    increment(made, visiting);
    increment(hosted, host);
    if (visiting !== host) addEdge(visiting, host);
  }
  for (const exhibition of input.exhibitions) {
    const organizers = [...new Set(exhibition.organizer_council_ids)];
    if (organizers.length < 2 || !inPeriod(exhibition.start_date)) continue;
    if (!organizers.some((id) => inScope.has(id))) continue;
    for (const [i, a] of organizers.entries()) {
      increment(joint, a);
      for (const b of organizers.slice(i + 1)) addEdge(a, b);
    }
  }

  const centrality = betweenness(edges.values());
  const partners = new Map<string, number>();
  for (const [a, b] of edges.values()) {
    increment(partners, a);
    increment(partners, b);
  }
  const rows: MetricRow[] = [...inScope]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => ({
      council_id: id,
      visits_made: made.get(id) ?? 0,
      visits_hosted: hosted.get(id) ?? 0,
      joint_exhibitions: joint.get(id) ?? 0,
      partners: partners.get(id) ?? 0,
      betweenness: centrality.get(id) ?? 0,
    }));
  const nodes = centrality.size;
  rows.push({
    council_id: 'all',
    nodes,
    edges: edges.size,
    density: nodes < 2 ? null : edges.size / ((nodes * (nodes - 1)) / 2),
  });
  return rows;
}
