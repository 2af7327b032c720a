import type { AnnotatedArticle, AnnotatedArticleInput, CurationStatus, EntityKind } from "@quizwire/content";
import type { Page, PageArgs } from "./page.js";
import type { ApiKeyRow, AttemptRow, NewAttempt, NewQuiz, QuizRow } from "./quiz-types.js";
import type { ArticleFacts, FactsKey } from "./repos/facts.js";
import type { OriginCount } from "./repos/quizzes.js";
import type {
  ArticleRow,
  EntityRow,
  EventRow,
  MentionRow,
  ParticipantRow,
  QuoteRow,
  RelationRow,
  RoleRow,
  SentenceRow,
} from "./types.js";

/** Options of `loadArticle`. */
export interface LoadOptions {
  /** Status stored on the article. Default: CURATED when every fact's provenance is CURATED, else DRAFT. */
  status?: CurationStatus;
  /**
   * Called inside the load transaction after each step ("article", "entities", "quotes", "events",
   * "relations"); throwing from it rolls the whole load back. Meant for tests.
   */
  onStep?: (step: string) => void | Promise<void>;
}

export interface LoadResult {
  articleId: string;
  slug: string;
  /** False when the stored article already had this content hash (nothing was written). */
  changed: boolean;
  contentHash: string;
}

export interface ListEntitiesArgs extends PageArgs {
  kind?: EntityKind | null;
  /** Case- and accent-insensitive substring of the name or an alias. */
  search?: string | null;
}

export interface ListQuotesArgs extends PageArgs {
  speakerId?: string | null;
  articleSlug?: string | null;
}

export interface ListEventsArgs extends PageArgs {
  articleSlug?: string | null;
}

/** How an entity matched a search, best first. */
export type EntityMatch = "EXACT" | "PREFIX" | "ALIAS" | "SUBSTRING";

export interface SearchResult {
  entities: { entity: EntityRow; match: EntityMatch }[];
  quotes: QuoteRow[];
  events: EventRow[];
}

/** A key of `sentencesAt`: the sentence of `articleId` that contains offset `start`. */
export interface SentenceKey {
  articleId: string;
  start: number;
}

/**
 * The persistence API. Every `...ByXs(keys)` method sends ONE SQL statement for any number of keys
 * and returns one result per key, in key order (`null` or `[]` when nothing matches), as DataLoader
 * expects.
 */
export interface Store {
  /** "pglite" or "postgres". */
  readonly backend: "pglite" | "postgres";
  close(): Promise<void>;

  // Loading
  loadArticle(
    annotated: AnnotatedArticle | AnnotatedArticleInput,
    options?: LoadOptions,
  ): Promise<LoadResult>;
  /**
   * Loads every curated article of a content folder laid out like @quizwire/content's `data`
   * (`<dir>/articles/*.json`, in name order); default: that package's own data. Invalid files throw
   * a ContentValidationError listing every problem, before anything is written.
   */
  loadContentDir(dir?: string): Promise<LoadResult[]>;
  /** Loads the curated articles of @quizwire/content. */
  seed(): Promise<LoadResult[]>;
  /** The stored article rebuilt in the data-file format (for the quiz engine), or null. */
  annotatedArticle(idOrSlug: string): Promise<AnnotatedArticle | null>;
  /** Changes whenever any article is loaded or replaced: a key for response caches. */
  contentVersion(): Promise<string>;

  // Batched lookups (one statement each, key order kept)
  articlesBySlugs(slugs: readonly string[]): Promise<(ArticleRow | null)[]>;
  articlesByIds(ids: readonly string[]): Promise<(ArticleRow | null)[]>;
  entitiesByIds(ids: readonly string[]): Promise<(EntityRow | null)[]>;
  quotesByIds(ids: readonly string[]): Promise<(QuoteRow | null)[]>;
  eventsByIds(ids: readonly string[]): Promise<(EventRow | null)[]>;
  relationsByIds(ids: readonly string[]): Promise<(RelationRow | null)[]>;
  rolesByEntityIds(entityIds: readonly string[]): Promise<RoleRow[][]>;
  /** Mentions of each entity across all articles, by article then offset. */
  mentionsByEntityIds(entityIds: readonly string[]): Promise<MentionRow[][]>;
  quotesBySpeakerIds(entityIds: readonly string[]): Promise<QuoteRow[][]>;
  /** Events in which each entity takes part or which take place there; chronological. */
  eventsByEntityIds(entityIds: readonly string[]): Promise<EventRow[][]>;
  /** Entities each article declares, in the article's order; optionally of one kind. */
  entitiesByArticleIds(
    articleIds: readonly string[],
    options?: { kind?: EntityKind | null },
  ): Promise<EntityRow[][]>;
  quotesByArticleIds(articleIds: readonly string[]): Promise<QuoteRow[][]>;
  /**
   * Events of each article in chronological order: by the date's start, then coarser precision first
   * (a YEAR date sorts before the days of that year, a MONTH before its days), then `sequence`, then id.
   */
  eventsByArticleIds(articleIds: readonly string[]): Promise<EventRow[][]>;
  relationsByArticleIds(articleIds: readonly string[]): Promise<RelationRow[][]>;
  participantsByEventIds(eventIds: readonly string[]): Promise<ParticipantRow[][]>;
  /** The sentence holding each span start (null when the article or offset is unknown). */
  sentencesAt(keys: readonly SentenceKey[]): Promise<(SentenceRow | null)[]>;
  /**
   * Lists of articles' facts with what hangs off them (roles, mentions, speakers, participants,
   * places), all keys in ONE statement; the rows equal those of the per-list lookups, in their order.
   */
  articleFacts(keys: readonly FactsKey[]): Promise<ArticleFacts[]>;

  // Connections (keyset pagination)
  /** Newest first (publishedAt desc, id desc). */
  listArticles(args: PageArgs): Promise<Page<ArticleRow>>;
  /** By name (case- and accent-insensitive), then id. */
  listEntities(args: ListEntitiesArgs): Promise<Page<EntityRow>>;
  /** By article (newest first), then position in the body. */
  listQuotes(args: ListQuotesArgs): Promise<Page<QuoteRow>>;
  /** Chronological, as `eventsByArticleIds`. */
  listEvents(args: ListEventsArgs): Promise<Page<EventRow>>;
  /**
   * Entities ranked EXACT name > PREFIX (of the name or a word of it) > ALIAS (an alias equals or
   * starts with the query) > SUBSTRING; quotes whose text contains the query; events whose title or
   * summary contains it. All case- and accent-insensitive; at most `first` of each.
   */
  search(query: string, first: number): Promise<SearchResult>;

  // Quizzes and attempts
  createQuiz(quiz: NewQuiz): Promise<QuizRow>;
  quizById(id: string): Promise<QuizRow | null>;
  quizzesByIds(ids: readonly string[]): Promise<(QuizRow | null)[]>;
  attemptByIdempotencyKey(quizId: string, idempotencyKey: string): Promise<AttemptRow | null>;
  /** Stores an attempt once per (quizId, idempotencyKey); a duplicate, even concurrent, gets the first one back with `created: false`. */
  insertAttempt(attempt: NewAttempt): Promise<{ attempt: AttemptRow; created: boolean }>;
  /** Oldest first. */
  attemptsByQuiz(quizId: string, options?: { origin?: string | null }): Promise<AttemptRow[]>;
  /**
   * Each quiz's attempts counted per origin (null: none recorded, i.e. not embedded), most attempts
   * first, then by origin (byte order), null last among ties.
   */
  attemptOriginsByQuizIds(quizIds: readonly string[]): Promise<OriginCount[][]>;

  // API keys
  /** Creates a key; the plaintext `key` is returned only here (only its SHA-256 is stored). */
  createApiKey(name: string): Promise<ApiKeyRow & { key: string }>;
  /** The key's row (and its last use recorded) or null when unknown. */
  verifyApiKey(plain: string): Promise<ApiKeyRow | null>;
}
