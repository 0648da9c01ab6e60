/** What the part-2 endpoints share: a result cache keyed by dataset version, and suppression of one count. */
import type { DatasetHandle } from '@anyam/duckdb';
import { PromiseCache } from '../cache.js';
import { suppressionK } from '../config.js';

const cache = new PromiseCache<unknown>(500);

export function cachedFor<T>(
  handle: DatasetHandle,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  return cache.get(`${handle.version}|${key}`, make) as Promise<T>;
}

/**
 * A count as the dashboard may publish it: 1 to k-1 becomes null (metrics.md, small-cell
 * suppression); 0 and k or more stay.
 *
 *     publishCount(3) // null
 *     publishCount(0) // 0
 */
export function publishCount(n: number): number | null {
  return n > 0 && n < suppressionK ? null : n;
}
