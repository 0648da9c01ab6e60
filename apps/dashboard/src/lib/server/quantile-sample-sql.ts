/**
 * SQL predicate "the row at 0-based `rank` of the `count` rows of its group is in the group's
 * quantile sample of `size`": a group of at most `size` rows is kept whole; a larger one keeps
 * exactly `size` rows, the first of each run of ranks r with the same ⌊r·(size − 1)/(count − 1)⌋,
 * which are the ranks ⌈i·(count − 1)/(size − 1)⌉ for i = 0 … size − 1: evenly spaced, the lowest
 * (rank 0) and the highest (rank count − 1) included. Integer arithmetic only, so no rounding
 * drops or repeats a row. `rank` and `count` are SQL expressions (a window's row_number − 1 and
 * count); `size` is a whole number of at least 2, written into the SQL.
 *
 *     quantileSampleSql('r', 'n', 5)
 *     // '((n) <= 5 OR (r) = 0 OR ((r) * 4) // ((n) - 1) > (((r) - 1) * 4) // ((n) - 1))'
 *     // over n = 9 rows keeps the ranks 0, 2, 4, 6, 8
 */
export function quantileSampleSql(rank: string, count: string, size: number): string {
  if (!Number.isInteger(size) || size < 2)
    throw new RangeError(`A quantile sample holds a whole number of at least 2 rows, not ${size}.`);
  const step = size - 1;
  const r = `(${rank})`;
  const n = `(${count})`;
  return `(${n} <= ${size} OR ${r} = 0 OR (${r} * ${step}) // (${n} - 1) > ((${r} - 1) * ${step}) // (${n} - 1))`;
}
