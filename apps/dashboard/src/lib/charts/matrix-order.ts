/** A node of an adjacency matrix: its group (a province) and how many others it is linked to. */
export interface MatrixNode {
  id: string;
  label: string;
  /** Null: outside the scope, ordered after every group. */
  group: string | null;
  degree: number;
}

/**
 * The order of an adjacency matrix's rows and columns: by group (so that each province is a block
 * on the diagonal and links between provinces sit off it), then best connected first, then by
 * name, then id (so that ties never depend on input order).
 *
 *     matrixOrder([
 *       { id: 'b', label: 'B', group: '36', degree: 1 },
 *       { id: 'a', label: 'A', group: '36', degree: 4 },
 *       { id: 'x', label: 'X', group: null, degree: 9 },
 *       { id: 'c', label: 'C', group: '35', degree: 0 },
 *     ]).map((node) => node.id) // ['c', 'a', 'b', 'x']
 */
export function matrixOrder<T extends MatrixNode>(nodes: readonly T[]): T[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...nodes].sort(
    (a, b) =>
      (a.group == null ? 1 : 0) - (b.group == null ? 1 : 0) ||
      text(a.group ?? '', b.group ?? '') ||
      b.degree - a.degree ||
      a.label.localeCompare(b.label, 'id') ||
      text(a.id, b.id),
  );
}
