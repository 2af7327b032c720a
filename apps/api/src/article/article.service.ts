import type { EntityKind } from "@quizwire/content";
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

export async function entitiesOf(ctx: Context, article: ArticleValue, kind: EntityKind | null | undefined) {
  return (await ctx.loaders.entitiesByArticle(kind).load(article.key)).map(entityNode);
}

export async function quotesOf(ctx: Context, article: ArticleValue) {
  return (await ctx.loaders.quotesByArticle.load(article.key)).map(quoteNode);
}

/** Chronological: the store sorts by date start, coarser precision first, then the story's sequence. */
export async function eventsOf(ctx: Context, article: ArticleValue) {
  return (await ctx.loaders.eventsByArticle.load(article.key)).map(eventNode);
}

export async function relationsOf(ctx: Context, article: ArticleValue) {
  return (await ctx.loaders.relationsByArticle.load(article.key)).map(relationNode);
}

export function sentencesOf(article: ArticleValue) {
  return article.sentences.map((s, index) => ({ ...s, index, text: article.body.slice(s.start, s.end) }));
}

export function paragraphsOf(article: ArticleValue) {
  return article.paragraphs.map((p) => ({ ...p, text: article.body.slice(p.start, p.end) }));
}
