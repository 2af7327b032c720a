import type { Logger } from "drizzle-orm";
import { type Connection, connectPglite, connectPostgres } from "./connect.js";
import { StoreInputError } from "./errors.js";
import { repositories } from "./repositories.js";
import type { Store } from "./store.js";

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** `postgres://` or `postgresql://` URL: use PostgreSQL through node-postgres. Default: PGlite. */
  url?: string;
  /** PGlite data folder, relative to the process cwd (default `.data/pglite`); `memory://` keeps it in memory. */
  dataDir?: string;
  /** Called with every SQL statement sent through the repositories (to count statements per request). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL only: called when the server drops an idle pooled connection (restart, failover); the
   * pool replaces it on the next query. Default: nothing (the process keeps running either way).
   */
  onConnectionError?: (error: Error) => void;
}

/** Opens the database, applies pending migrations and returns the repositories. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const { url, dataDir = ".data/pglite", onQuery, onConnectionError } = options;
  const logger: Logger | undefined = onQuery ? { logQuery: (query) => onQuery(query) } : undefined;
  let connection: Connection;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new StoreInputError(
        `The database URL must start with postgres:// or postgresql:// (got '${url.split(":")[0]}:…'); leave it unset to use the embedded PGlite database.`,
      );
    }
    connection = await connectPostgres(url, logger, onConnectionError);
  } else {
    connection = await connectPglite(dataDir, logger);
  }
  return { backend: connection.backend, close: connection.close, ...repositories(connection.db) };
}
