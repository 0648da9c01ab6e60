import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDataset, getDataset } from './dataset.js';
import { quantileSampleSql } from './quantile-sample-sql.js';

beforeAll(() => {
  process.env.ANYAM_DATA = inject('dataDir');
});
afterAll(async () => {
  await closeDataset();
});

/** The 0-based ranks DuckDB keeps of `n` rows for a sample of `size`. */
async function keptRanks(n: number, size: number): Promise<number[]> {
  const handle = await getDataset();
  const rows = await handle.query(
    `SELECT (range)::INTEGER AS r FROM range($n)
     QUALIFY ${quantileSampleSql('row_number() OVER (ORDER BY range) - 1', 'count(*) OVER ()', size)}
     ORDER BY r`,
    { n },
  );
  return rows.map((row) => Number(row.r));
}

describe('quantileSampleSql', () => {
  it('keeps evenly spaced ranks of a larger group, the lowest and the highest included', async () => {
    expect(await keptRanks(9, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(await keptRanks(10, 4)).toEqual([0, 3, 6, 9]);
  });

  it('keeps exactly size distinct ranks, each the ⌈i·(n − 1)/(size − 1)⌉ of its quantile', async () => {
    for (const [n, size] of [
      [401, 400],
      [1000, 400],
      [76_543, 400],
      [12_345, 7],
    ] as const) {
      const ranks = await keptRanks(n, size);
      expect(ranks).toEqual(
        Array.from({ length: size }, (_, i) => Math.ceil((i * (n - 1)) / (size - 1))),
      );
    }
  });

  it('keeps a group of at most size rows whole', async () => {
    expect(await keptRanks(3, 5)).toEqual([0, 1, 2]);
    expect(await keptRanks(400, 400)).toHaveLength(400);
  });

  it('refuses a size that is not a whole number of at least 2', () => {
    expect(() => quantileSampleSql('r', 'n', 1)).toThrow(/at least 2 rows, not 1/);
    expect(() => quantileSampleSql('r', 'n', 2.5)).toThrow(RangeError);
  });
});
