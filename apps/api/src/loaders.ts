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

const batch = <K, V>(fn: (keys: readonly K[]) => Promise<V[]>) => new DataLoader<K, V>(fn);

/**
 * Per-request DataLoaders over the store's batched lookups: each loader sends one SQL statement per
 * tick whatever the number of keys, and remembers what it fetched for the rest of the request.
 */
export function createLoaders(store: Store) {
  const articleById = batch<string, ArticleRow | null>((ids) => store.articlesByIds(ids));
  const articleBySlug = batch<string, ArticleRow | null>(async (slugs) => {
    const rows = await store.articlesBySlugs(slugs);
    for (const row of rows) if (row) articleById.prime(row.id, row);
    return rows;
  });
  const entityById = batch<string, EntityRow | null>((ids) => store.entitiesByIds(ids));
  const entitiesByArticle = new Map<string, DataLoader<string, EntityRow[]>>();
  return {
    articleById,
    articleBySlug,
    entityById,
    quoteById: batch<string, QuoteRow | null>((ids) => store.quotesByIds(ids)),
    eventById: batch<string, EventRow | null>((ids) => store.eventsByIds(ids)),
    relationById: batch<string, RelationRow | null>((ids) => store.relationsByIds(ids)),
    quizById: batch<string, QuizRow | null>((ids) => store.quizzesByIds(ids)),
    rolesByEntity: batch<string, RoleRow[]>((ids) => store.rolesByEntityIds(ids)),
    mentionsByEntity: batch<string, MentionRow[]>((ids) => store.mentionsByEntityIds(ids)),
    quotesBySpeaker: batch<string, QuoteRow[]>((ids) => store.quotesBySpeakerIds(ids)),
    eventsByEntity: batch<string, EventRow[]>((ids) => store.eventsByEntityIds(ids)),
    quotesByArticle: batch<string, QuoteRow[]>((ids) => store.quotesByArticleIds(ids)),
    eventsByArticle: batch<string, EventRow[]>((ids) => store.eventsByArticleIds(ids)),
    relationsByArticle: batch<string, RelationRow[]>((ids) => store.relationsByArticleIds(ids)),
    participantsByEvent: batch<string, ParticipantRow[]>((ids) => store.participantsByEventIds(ids)),
    /** Entities an article declares, optionally of one kind (one loader per kind asked). */
    entitiesByArticle(kind: EntityKind | null | undefined): DataLoader<string, EntityRow[]> {
      const key = kind ?? "*";
      let loader = entitiesByArticle.get(key);
      if (!loader) {
        loader = batch((ids) => store.entitiesByArticleIds(ids, { kind: kind ?? null }));
        entitiesByArticle.set(key, loader);
      }
      return loader;
    },
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
