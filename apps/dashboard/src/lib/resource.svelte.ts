/**
 * Data a chart loads from the public API in the browser. The page shell renders at once; each
 * chart shows its own loading, error or empty state, and keeps its last picture while a new
 * filter loads (so charts animate from the old values to the new ones).
 */
export class ApiFailure extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** GET a JSON API route; a non-2xx answer throws its `error` sentence. */
export async function getJson<T>(
  url: string,
  fetcher: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetcher(url, signal ? { signal } : {});
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
        ? body.error
        : `The server answered ${response.status}.`;
    throw new ApiFailure(response.status, message);
  }
  return body as T;
}

export class Resource<T> {
  data = $state<T | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);
  #attempt = $state(0);

  /**
   * `key` names what to load (null: nothing yet); `load` fetches it. Must be created while a
   * component initialises, since it registers an effect.
   */
  constructor(key: () => string | null, load: (key: string, signal: AbortSignal) => Promise<T>) {
    $effect(() => {
      const current = key();
      void this.#attempt;
      if (current === null) return;
      const controller = new AbortController();
      this.loading = true;
      this.error = null;
      load(current, controller.signal).then(
        (data) => {
          if (controller.signal.aborted) return;
          this.data = data;
          this.loading = false;
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.error = error instanceof Error ? error.message : String(error);
          this.loading = false;
        },
      );
      return () => controller.abort();
    });
  }

  retry = (): void => {
    this.#attempt += 1;
  };

  /** The chart frame's state: loading only before the first answer. */
  status(isEmpty: (data: T) => boolean): 'loading' | 'error' | 'empty' | 'ready' {
    if (this.error) return 'error';
    if (this.data === null) return 'loading';
    return isEmpty(this.data) ? 'empty' : 'ready';
  }

  /**
   * The chart frame's props for this resource, to spread on it: its state, the error with a
   * retry, and `busy` so the last picture dims while a new filter loads.
   *
   *     <ChartFrame {...trend.frame((data) => data.length === 0)} ...>
   */
  frame(isEmpty: (data: T) => boolean): {
    status: 'loading' | 'error' | 'empty' | 'ready';
    error: string | null;
    busy: boolean;
    onretry: () => void;
  } {
    return {
      status: this.status(isEmpty),
      error: this.error,
      busy: this.loading,
      onretry: this.retry,
    };
  }
}

/** A resource over one API URL. */
export function apiResource<T>(url: () => string | null): Resource<T> {
  return new Resource<T>(url, (key, signal) => getJson<T>(key, fetch, signal));
}
