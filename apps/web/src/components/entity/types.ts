import type { EntityQuery } from "../../gql/graphql";

/** The entity as the entity page's query returns it. */
export type EntityView = NonNullable<EntityQuery["entity"]>;
export type EntityQuote = EntityView["quotes"][number];
export type EntityEvent = EntityView["events"][number];
export type EntityMention = EntityView["mentions"][number];

/** The article a fact comes from. */
export type ArticleRef = { slug: string; title: string; publishedAt: string };

/** One sentence of an article that names the entity. */
export type MentionSentence = { start: number; text: string };

/** What one article says about the entity. `article` is null for facts tied to no article. */
export type ArticleFacts = {
  article: ArticleRef | null;
  quotes: EntityQuote[];
  events: EntityEvent[];
  /** One per sentence, in the article's order. */
  sentences: MentionSentence[];
  /** How many times the article names the entity (a sentence may name it twice). */
  mentionCount: number;
};
