/** A link between two nodes of the network (councils or provinces), as the matrix reads it. */
export interface MatrixLink {
  source: string;
  target: string;
  kind: 'visit' | 'joint';
  events: number;
}

/** One filled cell: what joins the row's node to the column's. */
export interface MatrixCount {
  row: string;
  column: string;
  /** Visits from row to column. */
  visits: number;
  /** Joint exhibitions of the pair (the same in both of its cells). */
  joint: number;
}

/**
 * The filled cells of an adjacency matrix: a visit counts in the cell of its visitor's row and its
 * host's column; a joint exhibition in both cells of its pair. Cells are sorted by row, then column.
 *
 *     matrixCells([
 *       { source: 'a', target: 'b', kind: 'visit', events: 2 },
 *       { source: 'a', target: 'b', kind: 'joint', events: 1 },
 *     ])
 *     // [{ row: 'a', column: 'b', visits: 2, joint: 1 }, { row: 'b', column: 'a', visits: 0, joint: 1 }]
 */
export function matrixCells(links: readonly MatrixLink[]): MatrixCount[] {
  const cells = new Map<string, MatrixCount>();
  const cell = (row: string, column: string): MatrixCount => {
    const key = `${row}\u0000${column}`;
    let entry = cells.get(key);
    if (!entry) {
      entry = { row, column, visits: 0, joint: 0 };
      cells.set(key, entry);
    }
    return entry;
  };
  for (const link of links) {
    if (link.source === link.target) continue;
    if (link.kind === 'visit') cell(link.source, link.target).visits += link.events;
    else {
      cell(link.source, link.target).joint += link.events;
      cell(link.target, link.source).joint += link.events;
    }
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...cells.values()].sort((a, b) => order(a.row, b.row) || order(a.column, b.column));
}
