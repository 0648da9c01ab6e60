/**
 * The SQL console's calls to the API, with the token (when the server asks for one) kept in the
 * tab's sessionStorage: it survives a reload but not closing the tab, and is never put in a URL.
 */
import { ApiFailure } from './resource.svelte.js';

const tokenKey = 'anyam-sql-token';

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(tokenKey);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(tokenKey, token);
    else sessionStorage.removeItem(tokenKey);
  } catch {
    // Storage can be disabled; the token then lasts only as long as the page.
  }
}

function headers(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function answer<T>(response: Response): Promise<T> {
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

export interface SqlResult {
  columns: string[];
  types: string[];
  rows: unknown[][];
  truncated: boolean;
  max_rows: number;
}

export async function runSql(
  sql: string,
  token: string | null,
  signal?: AbortSignal,
): Promise<SqlResult> {
  const response = await fetch('/api/sql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers(token) },
    body: JSON.stringify({ sql }),
    ...(signal ? { signal } : {}),
  });
  return answer<SqlResult>(response);
}

export async function getWithToken<T>(url: string, token: string | null): Promise<T> {
  return answer<T>(await fetch(url, { headers: headers(token) }));
}
