// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Account } from '@anyam/duckdb';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** A year the dataset has no data for, and the years it has (the page says it in its language). */
      yearWithoutData?: { year: number; first: number; last: number };
    }
    interface Locals {
      /** The account of the request's session cookie, or null (see lib/server/accounts/session.ts). */
      user: Account | null;
    }
  }
}
export {};
