/**
 * Counts wrong passwords per key (a username, an address) and locks a key out for a while after
 * too many. Memory is bounded: past `maxKeys` the oldest key is forgotten first.
 */
export interface LoginLimiter {
  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string, now?: number): number;
  fail(key: string, now?: number): void;
  reset(key: string): void;
  readonly size: number;
}

/**
 * A limiter: `maxFailures` wrong passwords within `windowMs` lock the key for `lockMs`.
 *
 *     const limiter = createLoginLimiter({ maxFailures: 2 });
 *     limiter.fail('siti'); limiter.fail('siti');
 *     limiter.retryAfter('siti') // 900
 */
export function createLoginLimiter(
  options: { maxFailures?: number; windowMs?: number; lockMs?: number; maxKeys?: number } = {},
): LoginLimiter {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const lockMs = options.lockMs ?? 15 * 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const entries = new Map<string, { first: number; failures: number; lockedUntil: number }>();
  return {
    retryAfter(key, now = Date.now()) {
      const entry = entries.get(key);
      if (!entry || entry.lockedUntil <= now) return 0;
      return Math.ceil((entry.lockedUntil - now) / 1000);
    },
    fail(key, now = Date.now()) {
      let entry = entries.get(key);
      if (!entry || now - entry.first > windowMs)
        entry = { first: now, failures: 0, lockedUntil: 0 };
      entries.delete(key);
      entry.failures += 1;
      if (entry.failures >= maxFailures) entry.lockedUntil = now + lockMs;
      entries.set(key, entry);
      // A Map iterates in insertion order, and a key is re-inserted on each failure.
      while (entries.size > maxKeys) entries.delete(entries.keys().next().value as string);
    },
    reset(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
