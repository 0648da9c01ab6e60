import { listValue, type DuckDBValue } from '@duckdb/node-api';

/** A value a caller may bind to a `$name` parameter: a scalar or a list of scalars. */
export type BindValue = DuckDBValue | readonly (string | number | boolean | null)[];

/** Named parameters of a query: `{ region: '36', years: [2023, 2024] }`. */
export type BindParams = Readonly<Record<string, BindValue>>;

/**
 * Turns plain JavaScript parameters into DuckDB values: arrays become DuckDB lists (so that
 * `list_contains($ids, x)` and `x IN (SELECT unnest($ids))` work); everything else is passed as it is.
 *
 *     bindParams({ region: '36', ids: ['a', 'b'] })
 *     // { region: '36', ids: DuckDBListValue(['a', 'b']) }
 */
export function bindParams(
  params: BindParams | undefined,
): Record<string, DuckDBValue> | undefined {
  if (params === undefined) return undefined;
  const bound: Record<string, DuckDBValue> = {};
  for (const [name, value] of Object.entries(params)) {
    bound[name] = Array.isArray(value)
      ? listValue([...(value as readonly DuckDBValue[])])
      : (value as DuckDBValue);
  }
  return bound;
}
