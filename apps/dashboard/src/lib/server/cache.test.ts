import { describe, expect, it } from 'vitest';
import { PromiseCache } from './cache.js';

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
});
