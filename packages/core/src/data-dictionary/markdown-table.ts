/**
 * A Markdown table laid out the way Prettier lays it out (cells padded to the widest in their
 * column), so that a generated file passes `prettier --check` as written. A `|` in a cell is
 * escaped.
 *
 *     markdownTable(['a', 'bb'], [['1', '2']])
 *     // '| a   | bb  |\n| --- | --- |\n| 1   | 2   |'
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replaceAll('|', '\\|')));
  // Prettier measures by characters (code points), with at least three dashes per column.
  const width = (text: string) => [...text].length;
  const widths = header.map((_, column) =>
    Math.max(3, ...cells.map((row) => width(row[column] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    `| ${widths.map((w, column) => pad(row[column] ?? '', w)).join(' | ')} |`;
  const [head, ...body] = cells;
  return [
    line(head ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n');

  function pad(text: string, w: number): string {
    return text + ' '.repeat(w - width(text));
  }
}
