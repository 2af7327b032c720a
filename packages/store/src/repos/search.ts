import { asc, desc, eq, like, or, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { StoreInputError } from "../errors.js";
import { normalizeSearchText } from "../normalize.js";
import * as schema from "../schema/index.js";
import type { EntityMatch, SearchResult } from "../store.js";
import { checkFirst } from "./cursor.js";
import { toEntity, toEvent, toQuote } from "./map.js";

const MATCHES: EntityMatch[] = ["EXACT", "PREFIX", "ALIAS", "SUBSTRING"];
const e = schema.entities;
const q = schema.quotes;
const ev = schema.events;
const a = schema.articles;

/**
 * Entities ranked EXACT > PREFIX > ALIAS > SUBSTRING, then by name; quotes and events whose text
 * contains the query. Matching is on normalised text (no case, no accents, punctuation as spaces),
 * which holds only letters, digits and spaces, so the query needs no LIKE escaping.
 */
export async function search(db: Db, query: string, first: number): Promise<SearchResult> {
  checkFirst(first);
  const needle = normalizeSearchText(query);
  if (!needle) {
    throw new StoreInputError(
      `The search '${query}' has no letters or digits: search for a name, a word or a number.`,
    );
  }
  if (first === 0) return { entities: [], quotes: [], events: [] };
  const rank = sql<number>`case
    when ${e.searchName} = ${needle} then 0
    when ${e.searchName} like ${`${needle}%`} or ${e.searchName} like ${`% ${needle}%`} then 1
    when ${e.searchAliases} like ${`%|${needle}%`} or ${e.searchAliases} like ${`% ${needle}%`} then 2
    else 3 end`;
  const contains = `%${needle}%`;
  const [entities, quotes, events] = await Promise.all([
    db
      .select({ e, rank })
      .from(e)
      .where(or(like(e.searchName, contains), like(e.searchAliases, contains)))
      .orderBy(asc(rank), asc(e.searchName), asc(e.id))
      .limit(first),
    db
      .select({ q })
      .from(q)
      .innerJoin(a, eq(a.id, q.articleId))
      .where(like(q.searchText, contains))
      .orderBy(desc(a.publishedAt), asc(a.id), asc(q.position))
      .limit(first),
    db.select().from(ev).where(like(ev.searchText, contains)).orderBy(asc(ev.sortKey)).limit(first),
  ]);
  return {
    entities: entities.map((r) => ({ entity: toEntity(r.e), match: MATCHES[r.rank] ?? "SUBSTRING" })),
    quotes: quotes.map((r) => toQuote(r.q)),
    events: events.map(toEvent),
  };
}
