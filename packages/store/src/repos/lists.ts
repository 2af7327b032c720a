import { and, eq, like, or } from "drizzle-orm";
import type { Db } from "../db.js";
import { normalizeSearchText } from "../normalize.js";
import type { Page, PageArgs } from "../page.js";
import * as schema from "../schema/index.js";
import type { ListEntitiesArgs, ListEventsArgs, ListQuotesArgs } from "../store.js";
import type { ArticleRow, EntityRow, EventRow, QuoteRow } from "../types.js";
import { toArticle, toEntity, toEvent, toQuote } from "./map.js";
import { countColumns, paginate } from "./paginate.js";

const a = schema.articles;
const e = schema.entities;
const q = schema.quotes;
const ev = schema.events;

/** The four top-level connections, paged by keyset. */
export function lists(db: Db) {
  return {
    listArticles(args: PageArgs): Promise<Page<ArticleRow>> {
      return paginate(
        {
          name: "articles",
          keys: [
            { expr: a.publishedAt, desc: true },
            { expr: a.id, desc: true },
          ],
          types: ["string", "string"],
          filter: undefined,
          rows: (where, order, limit) =>
            db
              .select()
              .from(a)
              .where(where)
              .orderBy(...order)
              .limit(limit),
          counts: async (where, before) => (await db.select(countColumns(before)).from(a).where(where))[0]!,
          valuesOf: (r) => [r.publishedAt, r.id],
          map: toArticle,
        },
        args,
      );
    },

    listEntities(args: ListEntitiesArgs): Promise<Page<EntityRow>> {
      const search = args.search ? normalizeSearchText(args.search) : "";
      return paginate(
        {
          name: "entities",
          keys: [{ expr: e.searchName }, { expr: e.id }],
          types: ["string", "string"],
          filter: and(
            args.kind ? eq(e.kind, args.kind) : undefined,
            search ? or(like(e.searchName, `%${search}%`), like(e.searchAliases, `%${search}%`)) : undefined,
          ),
          rows: (where, order, limit) =>
            db
              .select()
              .from(e)
              .where(where)
              .orderBy(...order)
              .limit(limit),
          counts: async (where, before) => (await db.select(countColumns(before)).from(e).where(where))[0]!,
          valuesOf: (r) => [r.searchName, r.id],
          map: toEntity,
        },
        args,
      );
    },

    /** Newest article first, then the quotes in body order. */
    listQuotes(args: ListQuotesArgs): Promise<Page<QuoteRow>> {
      return paginate(
        {
          name: "quotes",
          keys: [{ expr: a.publishedAt, desc: true }, { expr: a.id, desc: true }, { expr: q.position }],
          types: ["string", "string", "number"],
          filter: and(
            args.speakerId ? eq(q.speakerId, args.speakerId) : undefined,
            args.articleSlug ? eq(a.slug, args.articleSlug) : undefined,
          ),
          rows: (where, order, limit) =>
            db
              .select({ q, publishedAt: a.publishedAt })
              .from(q)
              .innerJoin(a, eq(a.id, q.articleId))
              .where(where)
              .orderBy(...order)
              .limit(limit),
          counts: async (where, before) =>
            (
              await db.select(countColumns(before)).from(q).innerJoin(a, eq(a.id, q.articleId)).where(where)
            )[0]!,
          valuesOf: (r) => [r.publishedAt, r.q.articleId, r.q.position],
          map: (r) => toQuote(r.q),
        },
        args,
      );
    },

    /** Chronological across articles (see `eventSortKey`). */
    listEvents(args: ListEventsArgs): Promise<Page<EventRow>> {
      return paginate(
        {
          name: "events",
          keys: [{ expr: ev.sortKey }],
          types: ["string"],
          filter: args.articleSlug ? eq(a.slug, args.articleSlug) : undefined,
          rows: (where, order, limit) =>
            db
              .select({ ev })
              .from(ev)
              .innerJoin(a, eq(a.id, ev.articleId))
              .where(where)
              .orderBy(...order)
              .limit(limit),
          counts: async (where, before) =>
            (
              await db.select(countColumns(before)).from(ev).innerJoin(a, eq(a.id, ev.articleId)).where(where)
            )[0]!,
          valuesOf: (r) => [r.ev.sortKey],
          map: (r) => toEvent(r.ev),
        },
        args,
      );
    },
  };
}
