import type { DuckDBConnection } from '@duckdb/node-api';
import { tableNames } from '@anyam/core';
import { describe, expect, test } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate } from './generate.js';
import { generated, one } from './test-helpers.js';

/** Row count and an order-independent content hash (md5 of the rows sorted as text) per table. */
async function fingerprint(connection: DuckDBConnection): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of [...tableNames, 'regions']) {
    const row = await one(
      connection,
      `SELECT count(*)::INTEGER AS n, md5(coalesce(string_agg(t::VARCHAR, chr(10) ORDER BY t::VARCHAR), '')) AS h FROM "${table}" t`,
    );
    result[table] = `${String(row.n)}:${String(row.h)}`;
  }
  return result;
}

describe('generate is deterministic', () => {
  test('the same seed gives the same dataset, a different seed a different one', async () => {
    const first = await fingerprint(await generated('banten', 42));
    const again = await fingerprint(await generated('banten', 42));
    expect(again).toEqual(first);
    const other = await fingerprint(await generated('banten', 43));
    // Councils (one per region) and the reference regions are the scope itself, not drawn.
    for (const table of tableNames.filter((name) => name !== 'councils')) {
      expect(other[table], table).not.toBe(first[table]);
    }
    expect(other.councils).toBe(first.councils);
    expect(other.regions).toBe(first.regions);
  });

  test('the rows do not depend on how many threads DuckDB runs', async () => {
    const single = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
    await generate(single, { scale: 'banten', seed: 5 });
    const parallel = await (await DuckDBInstance.create(':memory:', { threads: '4' })).connect();
    await generate(parallel, { scale: 'banten', seed: 5 });
    expect(await fingerprint(single)).toEqual(await fingerprint(parallel));
  });
});
