/**
 * A bounded least-recently-used cache of promises. Keys include the dataset version, so a new
 * dataset never sees old results; storing the promise makes concurrent identical requests share
 * one query instead of each running it.
 */
export class PromiseCache<T> {
  readonly #entries = new Map<string, Promise<T>>();
  readonly #max: number;

  constructor(max = 1000) {
    this.#max = max;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The cached value of `key`, computing it with `make` on a miss. Failures are not kept. */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const promise = make();
    this.#entries.set(key, promise);
    promise.catch(() => {
      if (this.#entries.get(key) === promise) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return promise;
  }

  clear(): void {
    this.#entries.clear();
  }
}
