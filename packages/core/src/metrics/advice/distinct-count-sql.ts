import type { SqlValue } from '../types.js';

/**
 * SQL expression: the number of distinct values in list column `column` (a null list counts 0),
 * as `len(list_distinct(coalesce(column, [])))` gives it, but fast on a million rows. A list
 * holding only values of `allowed` (an enumeration), each once, has as many distinct values as
 * the `allowed` values it contains, which `list_contains` counts cheaply; any other list (a
 * repeat, a value outside `allowed`, a null element) falls through to `list_distinct`, so the
 * answer is the same for every list. The values are bound as `$<prefix>_0`, ... in `params`.
 *
 *     distinctCountSql('p.channels', 'channel', ['local', 'export'], params)
 *     // '(CASE WHEN len(coalesce(p.channels, [])) = (list_contains(p.channels, $channel_0)::INTEGER + ...)
 *     //   THEN len(coalesce(p.channels, [])) ELSE len(list_distinct(coalesce(p.channels, []))) END)'
 */
export function distinctCountSql(
  column: string,
  prefix: string,
  allowed: readonly string[],
  params: Record<string, SqlValue>,
): string {
  const contained = allowed.map((value, i) => {
    params[`${prefix}_${i}`] = value;
    return `list_contains(${column}, $${prefix}_${i})::INTEGER`;
  });
  const length = `len(coalesce(${column}, []))`;
  return `(CASE WHEN ${length} = (${contained.join(' + ')}) THEN ${length} ELSE len(list_distinct(coalesce(${column}, []))) END)`;
}
