import type { EntityKind } from "@quizwire/content";
import type {
  ArticleRow,
  EntityRow,
  EventRow,
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
  const entitiesByArticle = new Map<string, DataLoader<string, EntityRow[]>>();
  return {
    articleById,
    articleBySlug,
    entityById: content<EntityRow | null>("entityById", (ids) => store.entitiesByIds(ids)),
    quoteById: content<QuoteRow | null>("quoteById", (ids) => store.quotesByIds(ids)),
    eventById: content<EventRow | null>("eventById", (ids) => store.eventsByIds(ids)),
    relationById: content<RelationRow | null>("relationById", (ids) => store.relationsByIds(ids)),
    rolesByEntity: content<RoleRow[]>("rolesByEntity", (ids) => store.rolesByEntityIds(ids)),
    mentionsByEntity: content<MentionRow[]>("mentionsByEntity", (ids) => store.mentionsByEntityIds(ids)),
    quotesBySpeaker: content<QuoteRow[]>("quotesBySpeaker", (ids) => store.quotesBySpeakerIds(ids)),
    eventsByEntity: content<EventRow[]>("eventsByEntity", (ids) => store.eventsByEntityIds(ids)),
    quotesByArticle: content<QuoteRow[]>("quotesByArticle", (ids) => store.quotesByArticleIds(ids)),
    eventsByArticle: content<EventRow[]>("eventsByArticle", (ids) => store.eventsByArticleIds(ids)),
    relationsByArticle: content<RelationRow[]>("relationsByArticle", (ids) =>
      store.relationsByArticleIds(ids),
    ),
    participantsByEvent: content<ParticipantRow[]>("participantsByEvent", (ids) =>
      store.participantsByEventIds(ids),
    ),
    // Quizzes are not content: their loader never reads the shared cache.
    quizById: new DataLoader<string, QuizRow | null>((ids) => store.quizzesByIds(ids)),
    /** Entities an article declares, optionally of one kind (one loader per kind asked). */
    entitiesByArticle(kind: EntityKind | null | undefined): DataLoader<string, EntityRow[]> {
      const key = kind ?? "*";
      let loader = entitiesByArticle.get(key);
      if (!loader) {
        loader = content(`entitiesByArticle:${key}`, (ids) =>
          store.entitiesByArticleIds(ids, { kind: kind ?? null }),
        );
        entitiesByArticle.set(key, loader);
      }
      return loader;
    },
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
