import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './login-limiter.js';

describe('createLoginLimiter', () => {
  it('locks a key after too many failures within the window, and lets it go after', () => {
    const limiter = createLoginLimiter({ maxFailures: 3, windowMs: 60_000, lockMs: 120_000 });
    limiter.fail('siti', 0);
    limiter.fail('siti', 1000);
    expect(limiter.retryAfter('siti', 1000)).toBe(0);
    limiter.fail('siti', 2000);
    expect(limiter.retryAfter('siti', 2000)).toBe(120);
    expect(limiter.retryAfter('budi', 2000)).toBe(0);
    expect(limiter.retryAfter('siti', 122_001)).toBe(0);
  });

  it('forgets failures older than the window, and on reset', () => {
    const limiter = createLoginLimiter({ maxFailures: 2, windowMs: 1000 });
    limiter.fail('a', 0);
    limiter.fail('a', 5000);
    expect(limiter.retryAfter('a', 5000)).toBe(0);
    limiter.fail('a', 5001);
    expect(limiter.retryAfter('a', 5001)).toBeGreaterThan(0);
    limiter.reset('a');
    expect(limiter.retryAfter('a', 5002)).toBe(0);
  });

  it('keeps at most maxKeys keys, however many addresses try', () => {
    const limiter = createLoginLimiter({ maxKeys: 100 });
    for (let i = 0; i < 10_000; i += 1) limiter.fail(`10.0.${i >> 8}.${i & 255}`, i);
    expect(limiter.size).toBe(100);
  });
});
