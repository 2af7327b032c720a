import { inArray } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";
import type { ArticleRow, EntityRow, EventRow, QuoteRow, RelationRow } from "../types.js";
import { byKey, distinct } from "./group.js";
import { toArticle, toEntity, toEvent, toQuote, toRelation } from "./map.js";

/** Batched lookups by id or slug: one statement for all keys, results in key order. */
export function lookups(db: Db) {
  return {
    async articlesBySlugs(slugs: readonly string[]): Promise<(ArticleRow | null)[]> {
      if (slugs.length === 0) return [];
      const rows = await db
        .select()
        .from(schema.articles)
        .where(inArray(schema.articles.slug, distinct(slugs)));
      return byKey(slugs, rows.map(toArticle), (r) => r.slug);
    },
    async articlesByIds(ids: readonly string[]): Promise<(ArticleRow | null)[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(schema.articles)
        .where(inArray(schema.articles.id, distinct(ids)));
      return byKey(ids, rows.map(toArticle), (r) => r.id);
    },
    async entitiesByIds(ids: readonly string[]): Promise<(EntityRow | null)[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(schema.entities)
        .where(inArray(schema.entities.id, distinct(ids)));
      return byKey(ids, rows.map(toEntity), (r) => r.id);
    },
    async quotesByIds(ids: readonly string[]): Promise<(QuoteRow | null)[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(schema.quotes)
        .where(inArray(schema.quotes.id, distinct(ids)));
      return byKey(ids, rows.map(toQuote), (r) => r.id);
    },
    async eventsByIds(ids: readonly string[]): Promise<(EventRow | null)[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(schema.events)
        .where(inArray(schema.events.id, distinct(ids)));
      return byKey(ids, rows.map(toEvent), (r) => r.id);
    },
    async relationsByIds(ids: readonly string[]): Promise<(RelationRow | null)[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(schema.relations)
        .where(inArray(schema.relations.id, distinct(ids)));
      return byKey(ids, rows.map(toRelation), (r) => r.id);
    },
  };
}
