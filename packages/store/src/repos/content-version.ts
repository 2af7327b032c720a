import { sql } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";

/** A key that changes whenever an article is added or replaced: the count and the latest update. */
export async function contentVersion(db: Db): Promise<string> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${schema.articles.updatedAt})::text`,
    })
    .from(schema.articles);
  return `${row?.count ?? 0}@${row?.latest ?? "-"}`;
}
