import type {
  ArticleFacts,
  ArticleRow,
  EntityRow,
  EventRow,
  FactsKey,
  MentionRow,
  ParticipantRow,
  QuizRow,
  QuoteRow,
  RelationRow,
  RoleRow,
  Store,
} from "@quizwire/store";
import DataLoader from "dataloader";
import type { RowCache } from "./cache/row-cache.js";

const same = (key: string) => key;

/**
 * Per-request DataLoaders over the store's batched lookups: each loader sends at most one SQL
 * statement per tick whatever the number of keys, and remembers what it fetched for the rest of the
 * request. Content lookups read through the process-wide `rows` cache when there is one.
 */
export function createLoaders(store: Store, rows?: RowCache) {
  const content = <V>(kind: string, fetch: (keys: readonly string[]) => Promise<V[]>) =>
    new DataLoader<string, V>(rows ? (keys) => rows.through(kind, keys, same, fetch) : fetch);

  const articleById = content<ArticleRow | null>("articleById", (ids) => store.articlesByIds(ids));
  const bySlugs = (slugs: readonly string[]) => store.articlesBySlugs(slugs);
  // Every article found by slug is also known by id for the rest of the request (spans need it).
  const articleBySlug = new DataLoader<string, ArticleRow | null>(async (slugs) => {
    const found = await (rows ? rows.through("articleBySlug", slugs, same, bySlugs) : bySlugs(slugs));
    for (const row of found) if (row) articleById.prime(row.id, row);
    return found;
  });
  const entityById = content<EntityRow | null>("entityById", (ids) => store.entitiesByIds(ids));
  const quoteById = content<QuoteRow | null>("quoteById", (ids) => store.quotesByIds(ids));
  const eventById = content<EventRow | null>("eventById", (ids) => store.eventsByIds(ids));
  const relationById = content<RelationRow | null>("relationById", (ids) => store.relationsByIds(ids));
  const rolesByEntity = content<RoleRow[]>("rolesByEntity", (ids) => store.rolesByEntityIds(ids));
  const mentionsByEntity = content<MentionRow[]>("mentionsByEntity", (ids) => store.mentionsByEntityIds(ids));
  const participantsByEvent = content<ParticipantRow[]>("participantsByEvent", (ids) =>
    store.participantsByEventIds(ids),
  );

  /** Every row of a facts batch is also known to the per-key loaders for the rest of the request. */
  const prime = (facts: ArticleFacts) => {
    const rows = facts.rows;
    if (facts.part.list === "entities") for (const e of rows as EntityRow[]) entityById.prime(e.id, e);
    if (facts.part.list === "quotes") for (const q of rows as QuoteRow[]) quoteById.prime(q.id, q);
    if (facts.part.list === "events") for (const e of rows as EventRow[]) eventById.prime(e.id, e);
    if (facts.part.list === "relations") for (const r of rows as RelationRow[]) relationById.prime(r.id, r);
    for (const [id, roles] of facts.roles ?? []) rolesByEntity.prime(id, roles);
    for (const [id, mentions] of facts.mentions ?? []) mentionsByEntity.prime(id, mentions);
    for (const [id, participants] of facts.participants ?? []) participantsByEvent.prime(id, participants);
  };
  const fetchFacts = (keys: readonly string[]) =>
    store.articleFacts(keys.map((key) => JSON.parse(key) as FactsKey));
  // One statement for every list of every article the request asks for in the same tick.
  const articleFacts = new DataLoader<string, ArticleFacts>(async (keys) => {
    const found = await (rows ? rows.through("articleFacts", keys, same, fetchFacts) : fetchFacts(keys));
    for (const facts of found) prime(facts);
    return found;
  });

  return {
    articleById,
    articleBySlug,
    entityById,
    quoteById,
    eventById,
    relationById,
    rolesByEntity,
    mentionsByEntity,
    /** A list of an article's facts with what the query asks of it next, primed into the loaders above. */
    articleFacts: (key: FactsKey) => articleFacts.load(JSON.stringify(key)),
    quotesBySpeaker: content<QuoteRow[]>("quotesBySpeaker", (ids) => store.quotesBySpeakerIds(ids)),
    eventsByEntity: content<EventRow[]>("eventsByEntity", (ids) => store.eventsByEntityIds(ids)),
    participantsByEvent,
    // Quizzes are not content: their loader never reads the shared cache.
    quizById: new DataLoader<string, QuizRow | null>((ids) => store.quizzesByIds(ids)),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
