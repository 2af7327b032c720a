import type { Store } from "./store.js";

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** `postgres://` or `postgresql://` URL: use PostgreSQL through node-postgres. Otherwise PGlite. */
  url?: string;
  /** PGlite data folder (default `.data/pglite` under the process cwd); `memory://` keeps it in memory. */
  dataDir?: string;
  /** Called with every SQL statement sent to the database (to count statements per request). */
  onQuery?: (sql: string) => void;
}

/** Opens the database, applies pending migrations and returns the repositories. */
export async function openStore(_options: OpenStoreOptions = {}): Promise<Store> {
  throw new Error("openStore: not implemented yet");
}
