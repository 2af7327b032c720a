import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Db } from "./db.js";
import * as schema from "./schema/index.js";

/** The committed migrations: `drizzle/` beside `src/` and `dist/`, so the same from both. */
const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

// Any constant works; it only keeps two processes from migrating the same database at once.
const MIGRATION_LOCK = 7_143_500_115;

export interface Connection {
  db: Db;
  backend: "pglite" | "postgres";
  close(): Promise<void>;
}

/** PGlite in a folder (created if missing) or in memory (`memory://`), migrated. */
export async function connectPglite(dataDir: string, logger: Logger | undefined): Promise<Connection> {
  const inMemory = dataDir.startsWith("memory://");
  const dir = inMemory ? dataDir : resolve(process.cwd(), dataDir);
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzlePglite({ client, schema, logger });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, backend: "pglite", close: () => client.close() };
}

/** PostgreSQL through a node-postgres pool, migrated under an advisory lock. */
export async function connectPostgres(
  url: string,
  logger: Logger | undefined,
  onConnectionError: (error: Error) => void = () => undefined,
): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server drops (restart, failover, pg_terminate_backend) makes the pool emit
  // 'error'; unhandled, that would crash the process. The pool discards that client and opens a new
  // one for the next query, so reporting it is enough.
  pool.on("error", onConnectionError);
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  const db = drizzleNodePg({ client: pool, schema, logger });
  return { db: db as unknown as Db, backend: "postgres", close: () => pool.end() };
}
