import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";
import type { EventRow, MentionRow, QuoteRow, RoleRow } from "../types.js";
import { distinct, groupByKey } from "./group.js";
import { toEvent, toQuote, toRole } from "./map.js";

/** What is known about each entity across articles: one statement per call, lists in key order. */
export function byEntity(db: Db) {
  return {
    async rolesByEntityIds(entityIds: readonly string[]): Promise<RoleRow[][]> {
      if (entityIds.length === 0) return [];
      const r = schema.entityRoles;
      const rows = await db
        .select()
        .from(r)
        .where(inArray(r.entityId, distinct(entityIds)))
        .orderBy(asc(r.articleId), asc(r.position));
      const roles = rows.map(toRole);
      return groupByKey(entityIds, roles, (x) => x.entityId);
    },

    async mentionsByEntityIds(entityIds: readonly string[]): Promise<MentionRow[][]> {
      if (entityIds.length === 0) return [];
      const m = schema.mentions;
      const a = schema.articles;
      const rows = await db
        .select({
          entityId: m.entityId,
          articleId: m.articleId,
          articleSlug: a.slug,
          start: m.start,
          end: m.end,
          text: m.text,
        })
        .from(m)
        .innerJoin(a, eq(a.id, m.articleId))
        .where(inArray(m.entityId, distinct(entityIds)))
        .orderBy(desc(a.publishedAt), asc(a.id), asc(m.start));
      return groupByKey(entityIds, rows, (x) => x.entityId);
    },

    async quotesBySpeakerIds(entityIds: readonly string[]): Promise<QuoteRow[][]> {
      if (entityIds.length === 0) return [];
      const q = schema.quotes;
      const a = schema.articles;
      const rows = await db
        .select({ q })
        .from(q)
        .innerJoin(a, eq(a.id, q.articleId))
        .where(inArray(q.speakerId, distinct(entityIds)))
        .orderBy(desc(a.publishedAt), asc(a.id), asc(q.evidenceStart), asc(q.id));
      return groupByKey(
        entityIds,
        rows.map((r) => toQuote(r.q)),
        (x) => x.speakerId,
      );
    },

    /** An event belongs to an entity that takes part in it or is its location. */
    async eventsByEntityIds(entityIds: readonly string[]): Promise<EventRow[][]> {
      if (entityIds.length === 0) return [];
      const keys = distinct(entityIds);
      const e = schema.events;
      const p = schema.eventParticipants;
      const rows = await db
        .select({ e, participantId: p.entityId })
        .from(e)
        .leftJoin(p, and(eq(p.eventId, e.id), inArray(p.entityId, keys)))
        .where(or(inArray(p.entityId, keys), inArray(e.locationId, keys)))
        .orderBy(asc(e.sortKey));
      const keySet = new Set(keys);
      const tagged = rows.map((r) => ({
        event: toEvent(r.e),
        keys: [r.participantId, r.e.locationId].filter((k): k is string => k !== null && keySet.has(k)),
      }));
      const lists = groupByKey(entityIds, tagged, (x) => x.keys);
      // One event can come back once per matching participant: keep its first occurrence.
      return lists.map((list) => [...new Map(list.map((x) => [x.event.id, x.event])).values()]);
    },
  };
}
