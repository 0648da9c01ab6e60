import { createPool } from '@anyam/duckdb';
import { describe, expect, it } from 'vitest';
import { respond } from './respond.js';

describe('respond when DuckDB is busy', () => {
  it('answers 503 with Retry-After and one sentence to a request beyond the queue, and 200 to the others', async () => {
    const pool = await createPool({ size: 1, maxQueue: 1 });
    try {
      const slow = 'SELECT count(*)::INTEGER AS n FROM range(30000000) t(i) WHERE i % 7 = 3';
      const answers = await Promise.all([0, 1, 2, 3].map(() => respond(() => pool.query(slow))));
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 200, 503, 503]);
      const busy = answers.find((answer) => answer.status === 503);
      expect(busy?.headers.get('retry-after')).toBe('2');
      expect(await busy?.json()).toEqual({
        error: 'The server is busy answering other requests: try again in a few seconds.',
      });
    } finally {
      await pool.close();
    }
  });
});
