/**
 * One sentence for a person from a DuckDB error: DuckDB's messages run over several lines (the
 * error, a hint, then the SQL with a caret); the first line and a "Did you mean" hint are what
 * a person needs, the rest repeats their own SQL back to them.
 *
 *     errorSentence(new Error('Catalog Error: Table with name x does not exist!\nDid you mean "councils"?\n\nLINE 1: ...'))
 *     // 'Catalog Error: Table with name x does not exist! Did you mean "councils"?'
 */
export function errorSentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const first = lines[0] ?? 'Unknown error.';
  const hint = lines.find((line) => line.startsWith('Did you mean'));
  return hint && hint !== first ? `${first} ${hint}` : first;
}
