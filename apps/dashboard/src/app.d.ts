// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Account } from '@anyam/duckdb';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The account of the request's session cookie, or null (see lib/server/accounts/session.ts). */
      user: Account | null;
    }
  }
}
export {};
