/**
 * A least-recently-used cache of promises, bounded in entries and in bytes. Keys include the
 * dataset version, so a new dataset never sees old results; storing the promise makes concurrent
 * identical requests share one query instead of each running it. Each settled value is measured
 * once (its JSON size by default) and the least recently used entries leave until the total
 * fits; a value larger than the whole budget is answered but not kept.
 */
export interface PromiseCacheOptions {
  /** Upper bound of the summed sizes of the kept values; default `cacheBytesFromEnv()`. */
  readonly maxBytes?: number;
  /** The size of a value in bytes; default its UTF-8 JSON length. */
  readonly sizeOf?: (value: unknown) => number;
}

/** The bytes of `value` as JSON in UTF-8 (0 when it has no JSON form). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text);
}

/** 64 MiB of JSON: the results of the heaviest pages of a national dataset several times over. */
export const defaultCacheBytes = 64 * 2 ** 20;

/**
 * The result cache's byte budget: `ANYAM_CACHE_MB` (mebibytes of JSON) when set to a positive
 * number, else `defaultCacheBytes`.
 *
 *     cacheBytesFromEnv({ ANYAM_CACHE_MB: '16' }) // 16777216
 */
export function cacheBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.ANYAM_CACHE_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 2 ** 20) : defaultCacheBytes;
}

interface Entry<T> {
  readonly promise: Promise<T>;
  /** Measured when the promise settles; 0 until then. */
  bytes: number;
}

export class PromiseCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #max: number;
  readonly #maxBytes: number;
  readonly #sizeOf: (value: unknown) => number;
  #bytes = 0;

  constructor(max = 1000, options: PromiseCacheOptions = {}) {
    this.#max = max;
    this.#maxBytes = options.maxBytes ?? cacheBytesFromEnv();
    this.#sizeOf = options.sizeOf ?? jsonBytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The summed measured size of the values kept. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The cached value of `key`, computing it with `make` on a miss. Failures are not kept. */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.promise;
    }
    const promise = make();
    const entry: Entry<T> = { promise, bytes: 0 };
    this.#entries.set(key, entry);
    promise.then(
      (value) => {
        if (this.#entries.get(key) !== entry) return;
        const bytes = this.#sizeOf(value);
        if (bytes > this.#maxBytes) {
          this.#entries.delete(key);
          return;
        }
        entry.bytes = bytes;
        this.#bytes += bytes;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    this.#evict();
    return promise;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  // Oldest first; the entry just added is the newest, so it is the last to go.
  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#max && this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(key);
      this.#bytes -= entry.bytes;
    }
  }
}
