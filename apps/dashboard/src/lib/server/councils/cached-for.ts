/** What the network, diffusion and advice endpoints share: a result cache keyed by dataset version. */
import type { DatasetHandle } from '@anyam/duckdb';
import { PromiseCache } from '../cache.js';

const cache = new PromiseCache<unknown>(500);

export function cachedFor<T>(
  handle: DatasetHandle,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  return cache.get(`${handle.version}|${key}`, make) as Promise<T>;
}
