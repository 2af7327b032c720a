import { and, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { StoreInputError } from "../errors.js";
import * as schema from "../schema/index.js";
import type { ArticleRows } from "./rows.js";

/** Quote, event and relation ids are global: refuse one another article already uses. */
export async function checkFactIdsFree(db: Db, articleId: string, rows: ArticleRows): Promise<void> {
  const ids = [...rows.quotes, ...rows.events, ...rows.relations].map((r) => r.id);
  if (ids.length === 0) return;
  const owned = (
    table: typeof schema.quotes | typeof schema.events | typeof schema.relations,
    kind: string,
  ) =>
    db
      .select({ id: table.id, articleId: table.articleId, kind: sql<string>`${kind}` })
      .from(table)
      .where(and(inArray(table.id, ids), ne(table.articleId, articleId)));
  const clash = await owned(schema.quotes, "quote")
    .unionAll(owned(schema.events, "event"))
    .unionAll(owned(schema.relations, "relation"))
    .limit(1);
  const first = clash[0];
  if (first) {
    throw new StoreInputError(
      `The ${first.kind} id '${first.id}' is already used by article '${first.articleId}': give it an id of its own in '${articleId}'.`,
    );
  }
}
