import { describe, expect, it } from 'vitest';
import { cacheBytesFromEnv, jsonBytes, PromiseCache } from './cache.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PromiseCache', () => {
  it('computes a key once, shares it with concurrent callers, and evicts the least recently used', async () => {
    const cache = new PromiseCache<number>(2);
    let calls = 0;
    const make = (value: number) => () => {
      calls += 1;
      return Promise.resolve(value);
    };
    const [a, b] = await Promise.all([cache.get('a', make(1)), cache.get('a', make(99))]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    await cache.get('b', make(2));
    await cache.get('a', make(99)); // a is now the most recent
    await cache.get('c', make(3)); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('b', make(20))).toBe(20);
  });

  it('does not keep failures', async () => {
    const cache = new PromiseCache<number>();
    await expect(cache.get('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('x', () => Promise.resolve(7))).toBe(7);
  });

  it('keeps the measured JSON bytes of its values under maxBytes, dropping the least recently used', async () => {
    const value = (n: number) => ({ rows: 'x'.repeat(n) });
    const cache = new PromiseCache<{ rows: string }>(1000, { maxBytes: 1000 });
    // An attacker's flood of distinct requests (a weight slider dragged), each answer ~400 bytes.
    for (let i = 0; i < 50; i += 1) {
      await cache.get(`w${i}`, () => Promise.resolve(value(400)));
      await settle();
      expect(cache.bytes).toBeLessThanOrEqual(1000);
    }
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(2 * jsonBytes(value(400)));
    // The newest survive.
    let recomputed = false;
    await cache.get('w49', () => {
      recomputed = true;
      return Promise.resolve(value(1));
    });
    expect(recomputed).toBe(false);
  });

  it('answers a value larger than the whole budget without keeping it', async () => {
    const cache = new PromiseCache<string>(1000, { maxBytes: 100 });
    await cache.get('small', () => Promise.resolve('s'));
    expect(await cache.get('huge', () => Promise.resolve('h'.repeat(500)))).toHaveLength(500);
    await settle();
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(jsonBytes('s'));
  });

  it('reads its budget from ANYAM_CACHE_MB, ignoring values that are not a positive number', () => {
    expect(cacheBytesFromEnv({ ANYAM_CACHE_MB: '16' })).toBe(16 * 2 ** 20);
    expect(cacheBytesFromEnv({ ANYAM_CACHE_MB: '-3' })).toBe(64 * 2 ** 20);
    expect(cacheBytesFromEnv({ ANYAM_CACHE_MB: 'lots' })).toBe(64 * 2 ** 20);
    expect(cacheBytesFromEnv({})).toBe(64 * 2 ** 20);
  });
});
