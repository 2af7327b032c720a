import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { StoreInputError } from "../errors.js";
import * as schema from "../schema/index.js";
import type { LoadOptions, LoadResult } from "../store.js";
import { deleteArticleFacts, deleteOrphanEntities } from "./delete-facts.js";
import { canonicalJson, sha256Hex } from "./hash.js";
import { insertRows } from "./insert-rows.js";
import { checkFactIdsFree } from "./ownership.js";
import { articleRows, inferStatus } from "./rows.js";
import { parseAnnotated } from "./validate.js";

/**
 * Stores an annotated article. Unchanged content (same hash) writes nothing; otherwise the article's
 * facts are replaced in one transaction, so a failure leaves the previous version in place.
 */
export async function loadArticle(db: Db, input: unknown, options: LoadOptions = {}): Promise<LoadResult> {
  const annotated = parseAnnotated(input);
  const { $schema: _ignored, ...content } = annotated;
  const contentHash = sha256Hex(canonicalJson(content));
  const { id: articleId, slug } = annotated.article;
  const status = options.status ?? inferStatus(annotated);

  const [existing] = await db
    .select({ contentHash: schema.articles.contentHash, status: schema.articles.status })
    .from(schema.articles)
    .where(eq(schema.articles.id, articleId));
  if (existing && existing.contentHash === contentHash && existing.status === status) {
    return { articleId, slug, changed: false, contentHash };
  }

  const rows = articleRows(annotated, contentHash, status);
  const step = async (name: string) => options.onStep?.(name);
  await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: schema.articles.id })
      .from(schema.articles)
      .where(and(eq(schema.articles.slug, slug), ne(schema.articles.id, articleId)));
    if (taken) {
      throw new StoreInputError(
        `The slug '${slug}' belongs to article '${taken.id}': choose another slug for '${articleId}'.`,
      );
    }
    const { id: _id, createdAt: _createdAt, ...update } = rows.article;
    await tx
      .insert(schema.articles)
      .values(rows.article)
      .onConflictDoUpdate({ target: schema.articles.id, set: { ...update, updatedAt: sql`now()` } });
    await deleteArticleFacts(tx, articleId);
    await checkFactIdsFree(tx, articleId, rows);
    await step("article");

    if (rows.entities.length > 0) {
      await tx
        .insert(schema.entities)
        // In id order, so concurrent loads sharing entities lock their rows in the same order (no deadlock).
        .values([...rows.entities].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))
        .onConflictDoUpdate({
          target: schema.entities.id,
          set: entityUpdate,
          // A draft never overwrites what an editor curated.
          setWhere: sql`${schema.entities.status} <> 'CURATED' or excluded.status = 'CURATED'`,
        });
    }
    await insertRows(tx, schema.articleEntities, rows.articleEntities);
    await insertRows(tx, schema.entityRoles, rows.roles);
    await insertRows(tx, schema.mentions, rows.mentions);
    await step("entities");
    await insertRows(tx, schema.events, rows.events);
    await insertRows(tx, schema.eventParticipants, rows.participants);
    await step("events");
    await insertRows(tx, schema.quotes, rows.quotes);
    await step("quotes");
    await insertRows(tx, schema.relations, rows.relations);
    await step("relations");
    await deleteOrphanEntities(tx);
  });
  return { articleId, slug, changed: true, contentHash };
}

const entityUpdate = {
  kind: sql`excluded.kind`,
  name: sql`excluded.name`,
  aliases: sql`excluded.aliases`,
  description: sql`excluded.description`,
  searchName: sql`excluded.search_name`,
  searchAliases: sql`excluded.search_aliases`,
  method: sql`excluded.method`,
  confidence: sql`excluded.confidence`,
  status: sql`excluded.status`,
  updatedAt: sql`now()`,
};
