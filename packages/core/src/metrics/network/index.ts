/**
 * # Collaboration network (metrics.md section 5)
 *
 * Nodes are councils; a council is in `r` when its `region_code` is. Counted events, for the
 * period `P = [from, to]`:
 * - a **study visit** whose `visit_date` is in `P` and one of whose two councils is in `r`: a
 *   directed edge visiting → host. A self-visit (visiting = host) is a counted event, so it
 *   counts in that council's `visits_made` and `visits_hosted`, but it makes no link (a council
 *   never links to itself).
 * - a **joint exhibition**: two or more distinct organizers (an id repeated in
 *   `organizer_council_ids` counts once), `start_date` in `P`, at least one organizer in `r`. It
 *   joins every pair of its organizers.
 *
 * The graph is the undirected simple graph of the counted edges (unweighted, both directions of
 * a visit are one edge), its nodes the councils with at least one edge, wherever they are
 * (`n` of them). Council ids referenced by events are nodes even when absent from `councils`.
 *
 * Rows, each with the fields metrics.md gives it:
 * - one per council in `r`, `council_id` ascending (isolated councils included, with zeros):
 *   `visits_made` (counted visits it made), `visits_hosted` (counted visits it hosted),
 *   `joint_exhibitions` (counted joint exhibitions it organised), `partners` (distinct councils
 *   linked to it in the graph), `betweenness` (Brandes, normalised by `(n-1)(n-2)/2` as NetworkX
 *   does for undirected graphs; 0 for a council outside the graph and for every node when
 *   `n <= 2`).
 * - then the graph row `council_id: "all"`: `nodes`, `edges` (distinct unordered pairs),
 *   `density = edges / (nodes (nodes - 1) / 2)`, null when `nodes < 2`.
 *
 * Engines: `network(input, options)` in TypeScript; `networkSql(options)` computes everything but
 * betweenness in DuckDB and carries the edge list (`edge_from`, `edge_to`) on the graph row;
 * `finishNetwork(rows, options)` (the definition's `finish`) computes betweenness from it and
 * keeps each row to its own fields. `betweenness(edges)` is exported for other uses.
 */
export { betweenness } from './betweenness.js';
export { finishNetwork } from './finish-network.js';
export { network } from './network.js';
export { networkMetric } from './network-metric.js';
export { networkSql } from './network-sql.js';
