// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      /** The account of the request's session cookie, or null (see lib/server/accounts/session.ts). */
      user: import('@anyam/duckdb').Account | null;
    }
  }
}
export {};
