export { StoreInputError } from "./errors.js";
export { normalizeSearchText } from "./normalize.js";
export { type OpenStoreOptions, openStore } from "./open.js";
export type { Page, PageArgs } from "./page.js";
export type { ApiKeyRow, AttemptRow, NewAttempt, NewQuiz, QuizRow } from "./quiz-types.js";
export type { ArticleFacts, FactsKey, FactsPart } from "./repos/facts.js";
export type {
  EntityMatch,
  ListEntitiesArgs,
  ListEventsArgs,
  ListQuotesArgs,
  LoadOptions,
  LoadResult,
  SearchResult,
  SentenceKey,
  Store,
} from "./store.js";
export type {
  ArticleRow,
  DateValueRow,
  EntityRow,
  EventRow,
  MentionRow,
  ParticipantRow,
  QuoteRow,
  RelationRow,
  RoleRow,
  SentenceRow,
  SpanRow,
} from "./types.js";
