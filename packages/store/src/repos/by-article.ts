import type { EntityKind } from "@quizwire/content";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";
import type { EntityRow, EventRow, ParticipantRow, QuoteRow, RelationRow } from "../types.js";
import { distinct, groupByKey } from "./group.js";
import { toEntity, toEvent, toQuote, toRelation } from "./map.js";

/** The facts of each article: one statement per call, lists in key order. */
export function byArticle(db: Db) {
  return {
    async entitiesByArticleIds(
      articleIds: readonly string[],
      options: { kind?: EntityKind | null } = {},
    ): Promise<EntityRow[][]> {
      if (articleIds.length === 0) return [];
      const ae = schema.articleEntities;
      const e = schema.entities;
      const rows = await db
        .select({ articleId: ae.articleId, e })
        .from(ae)
        .innerJoin(e, eq(e.id, ae.entityId))
        .where(
          and(
            inArray(ae.articleId, distinct(articleIds)),
            options.kind ? eq(e.kind, options.kind) : undefined,
          ),
        )
        .orderBy(asc(ae.articleId), asc(ae.position));
      const lists = groupByKey(articleIds, rows, (r) => r.articleId);
      return lists.map((list) => list.map((r) => toEntity(r.e)));
    },

    async quotesByArticleIds(articleIds: readonly string[]): Promise<QuoteRow[][]> {
      if (articleIds.length === 0) return [];
      const q = schema.quotes;
      const rows = await db
        .select()
        .from(q)
        .where(inArray(q.articleId, distinct(articleIds)))
        .orderBy(asc(q.articleId), asc(q.position));
      return groupByKey(articleIds, rows.map(toQuote), (r) => r.articleId);
    },

    async eventsByArticleIds(articleIds: readonly string[]): Promise<EventRow[][]> {
      if (articleIds.length === 0) return [];
      const e = schema.events;
      const rows = await db
        .select()
        .from(e)
        .where(inArray(e.articleId, distinct(articleIds)))
        .orderBy(asc(e.articleId), asc(e.sortKey));
      return groupByKey(articleIds, rows.map(toEvent), (r) => r.articleId);
    },

    async relationsByArticleIds(articleIds: readonly string[]): Promise<RelationRow[][]> {
      if (articleIds.length === 0) return [];
      const r = schema.relations;
      const rows = await db
        .select()
        .from(r)
        .where(inArray(r.articleId, distinct(articleIds)))
        .orderBy(asc(r.articleId), asc(r.position));
      return groupByKey(articleIds, rows.map(toRelation), (x) => x.articleId);
    },

    async participantsByEventIds(eventIds: readonly string[]): Promise<ParticipantRow[][]> {
      if (eventIds.length === 0) return [];
      const p = schema.eventParticipants;
      const rows = await db
        .select({ eventId: p.eventId, entityId: p.entityId, role: p.role })
        .from(p)
        .where(inArray(p.eventId, distinct(eventIds)))
        .orderBy(asc(p.eventId), asc(p.position));
      return groupByKey(eventIds, rows, (x) => x.eventId);
    },
  };
}
