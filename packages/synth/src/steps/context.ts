import type { DuckDBConnection } from '@duckdb/node-api';
import type { ScaleConfig } from '../scales.js';
import { runSql } from '../sql.js';

/** What every generation step reads: the connection, the scale and the bound parameters. */
export interface StepContext {
  readonly connection: DuckDBConnection;
  readonly config: ScaleConfig;
  /** `seed`, `from_year`, `to_year` and whatever later steps add. */
  readonly params: Record<string, number | string>;
}

/**
 * Runs each statement of a step in order with the context's parameters.
 *
 *     await runAll(context, ['CREATE TEMP TABLE a AS SELECT $seed AS s'])
 */
export async function runAll(context: StepContext, statements: readonly string[]): Promise<void> {
  for (const sql of statements) await runSql(context.connection, sql, context.params);
}

/** Ids as the dataset shows them, from the numbers the steps work with. */
export const ids = {
  enterprise: (n: string) => `('E' || lpad((${n})::VARCHAR, 7, '0'))`,
  artisan: (n: string) => `('A' || lpad((${n})::VARCHAR, 8, '0'))`,
  program: (n: string) => `('P' || lpad((${n})::VARCHAR, 7, '0'))`,
  product: (n: string) => `('PR' || lpad((${n})::VARCHAR, 8, '0'))`,
  practice: (n: string) => `('PK' || lpad((${n})::VARCHAR, 5, '0'))`,
  visit: (n: string) => `('SV' || lpad((${n})::VARCHAR, 6, '0'))`,
  exhibition: (n: string) => `('EX' || lpad((${n})::VARCHAR, 6, '0'))`,
  council: (code: string) => `('DKR-' || (${code}))`,
} as const;

/** A prime above every block size, so `(o + j * STRIDE) % n` gives distinct slots for j < n. */
export const STRIDE = 1000003;
