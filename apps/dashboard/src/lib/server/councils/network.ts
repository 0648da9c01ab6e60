/**
 * `GET /api/network?region=&year=`: the collaboration graph of metrics.md section 5 as nodes and
 * edges for drawing it. The counted events are the metric's (visit_date or start_date in the
 * period, at least one council in the scope; joint exhibitions have two or more distinct
 * organizers; no self-links). Each edge carries how many events it stands for: visits and joint
 * exhibitions are councils' public work, which small-cell suppression never hides (metrics.md).
 */
import { inRegionSql } from '@anyam/core';
import { metricOptions } from '../api.js';
import { getDataset } from '../dataset.js';
import { queryObject } from '../params.js';
import { cachedFor } from './cached-for.js';

export interface GraphNode {
  council_id: string;
  name: string;
  region_code: string | null;
  in_scope: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: 'visit' | 'joint';
  /** Visits from source to target, or joint exhibitions of the pair. */
  events: number;
  /** Always empty: a council's work is public. Kept so that every answer has the same shape. */
  suppressed: string[];
}

export interface NetworkGraphAnswer {
  region: string;
  from: string;
  to: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export async function networkGraphResponse(query: URLSearchParams): Promise<NetworkGraphAnswer> {
  const raw = queryObject(query, ['region', 'year', 'from', 'to', 'lang']);
  const handle = await getDataset();
  // `lang` is accepted so that a page can pass its filters through; the graph has no text.
  const { lang: _lang, ...period } = raw;
  const options = await metricOptions(handle, 'network', period);
  return cachedFor(
    handle,
    `network-graph:${options.region}:${options.from}:${options.to}`,
    async () => {
      const params = { region: options.region, from: options.from, to: options.to };
      const edges = await handle.query(
        `WITH scope AS (SELECT council_id FROM councils WHERE ${inRegionSql('region_code')}),
      visits AS (
        SELECT visiting_council_id AS source, host_council_id AS target, 'visit' AS kind, count(*)::INTEGER AS n
        FROM study_visits
        WHERE visit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
          AND visiting_council_id <> host_council_id
          AND (visiting_council_id IN (SELECT council_id FROM scope) OR host_council_id IN (SELECT council_id FROM scope))
        GROUP BY 1, 2
      ),
      joint AS (
        SELECT exhibition_id, list_distinct(organizer_council_ids) AS organizers
        FROM exhibitions
        WHERE start_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
          AND len(list_distinct(organizer_council_ids)) >= 2
      ),
      organizers AS (SELECT exhibition_id, unnest(organizers) AS council_id FROM joint),
      counted AS (
        SELECT DISTINCT exhibition_id FROM organizers WHERE council_id IN (SELECT council_id FROM scope)
      ),
      pairs AS (
        SELECT a.council_id AS source, b.council_id AS target, 'joint' AS kind, count(*)::INTEGER AS n
        FROM organizers a JOIN organizers b ON a.exhibition_id = b.exhibition_id AND a.council_id < b.council_id
        WHERE a.exhibition_id IN (SELECT exhibition_id FROM counted)
        GROUP BY 1, 2
      )
      SELECT * FROM visits UNION ALL SELECT * FROM pairs ORDER BY kind, source, target`,
        params,
      );
      const ids = new Set<string>();
      for (const edge of edges) {
        ids.add(String(edge.source));
        ids.add(String(edge.target));
      }
      const councils = await handle.query(
        `SELECT council_id, name, region_code, ${inRegionSql('region_code')} AS in_scope FROM councils ORDER BY council_id`,
        { region: options.region },
      );
      const known = new Map(councils.map((row) => [String(row.council_id), row]));
      const nodes: GraphNode[] = [];
      for (const row of councils) {
        if (row.in_scope === true || ids.has(String(row.council_id))) {
          nodes.push({
            council_id: String(row.council_id),
            name: String(row.name),
            region_code: row.region_code == null ? null : String(row.region_code),
            in_scope: row.in_scope === true,
          });
        }
      }
      // An event may name a council missing from `councils`: it is still a node of the graph.
      for (const id of [...ids].sort()) {
        if (!known.has(id))
          nodes.push({ council_id: id, name: id, region_code: null, in_scope: false });
      }
      return {
        region: options.region,
        from: options.from,
        to: options.to,
        nodes,
        edges: edges.map(
          (edge) =>
            ({
              source: String(edge.source),
              target: String(edge.target),
              kind: edge.kind === 'joint' ? 'joint' : 'visit',
              events: Number(edge.n),
              suppressed: [],
            }) satisfies GraphEdge,
        ),
      };
    },
  );
}
