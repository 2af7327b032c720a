import type { EntityKind } from "@quizwire/content";
import type { EntityRow, EventRow, QuoteRow, RelationRow } from "@quizwire/store";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import {
  type ArticleValue,
  articleNode,
  entityNode,
  eventNode,
  quoteNode,
  relationNode,
} from "../node/to-node.js";
import { toConnection } from "../pagination/connection.js";
import { pageArgs } from "../pagination/paging.args.js";

export async function articleBySlug(ctx: Context, slug: string): Promise<ArticleValue> {
  const row = await ctx.loaders.articleBySlug.load(slug);
  if (!row) {
    throw notFound(
      `No article has the slug "${slug}"; list the slugs with \`articles { edges { node { slug } } }\`.`,
    );
  }
  return articleNode(row);
}

export async function articleById(ctx: Context, id: string): Promise<ArticleValue | null> {
  const row = await ctx.loaders.articleById.load(id);
  return row ? articleNode(row) : null;
}

export async function listArticles(
  ctx: Context,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const page = await ctx.store.listArticles(pageArgs({ first, after }));
  return toConnection(page, articleNode);
}

/** What a list field of an article asks of its rows next, so its facts come in one statement. */
export interface Wants {
  roles?: boolean;
  mentions?: boolean;
  participants?: boolean;
}

export async function entitiesOf(
  ctx: Context,
  article: ArticleValue,
  kind: EntityKind | null | undefined,
  wants: Wants = {},
) {
  const part = {
    list: "entities",
    kind: kind ?? null,
    roles: !!wants.roles,
    mentions: !!wants.mentions,
  } as const;
  const facts = await ctx.loaders.articleFacts({ articleId: article.key, part });
  return (facts.rows as EntityRow[]).map(entityNode);
}

export async function quotesOf(ctx: Context, article: ArticleValue) {
  const facts = await ctx.loaders.articleFacts({ articleId: article.key, part: { list: "quotes" } });
  return (facts.rows as QuoteRow[]).map(quoteNode);
}

/** Chronological: the store sorts by date start, coarser precision first, then the story's sequence. */
export async function eventsOf(ctx: Context, article: ArticleValue, wants: Wants = {}) {
  const part = { list: "events", participants: !!wants.participants } as const;
  const facts = await ctx.loaders.articleFacts({ articleId: article.key, part });
  return (facts.rows as EventRow[]).map(eventNode);
}

export async function relationsOf(ctx: Context, article: ArticleValue) {
  const facts = await ctx.loaders.articleFacts({ articleId: article.key, part: { list: "relations" } });
  return (facts.rows as RelationRow[]).map(relationNode);
}

export function sentencesOf(article: ArticleValue) {
  return article.sentences.map((s, index) => ({ ...s, index, text: article.body.slice(s.start, s.end) }));
}

export function paragraphsOf(article: ArticleValue) {
  return article.paragraphs.map((p) => ({ ...p, text: article.body.slice(p.start, p.end) }));
}
