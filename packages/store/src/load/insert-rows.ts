import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db.js";

// Postgres allows 65,535 bind parameters per statement; 500 rows of any of our tables stay below.
const CHUNK = 500;

/** Inserts rows in chunks; does nothing for none. */
export async function insertRows<T extends PgTable>(
  db: Db,
  table: T,
  rows: T["$inferInsert"][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insert(table).values(rows.slice(i, i + CHUNK));
  }
}
