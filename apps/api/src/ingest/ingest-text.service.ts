import type { AnnotatedArticle } from "@quizwire/content";
import { articleById } from "../article/article.service.js";
import { requireApiKey } from "../auth/require-api-key.js";
import type { Context } from "../context.js";
import { draftFromInput } from "./draft.js";
import type { IngestArticleInput } from "./ingest.input.js";
import type { DraftSummary } from "./ingest-payload.type.js";
import { keepEditorWork } from "./keep-editor-work.js";

/**
 * `ingestArticle`: checks the API key, drafts the text, keeps an editor's corrections, and stores
 * the result with `loadArticle` (one transaction: a failure leaves the previous version in place).
 * A change refreshes the content version, so cached responses and rows are dropped at once.
 */
export async function ingestArticle(ctx: Context, input: IngestArticleInput) {
  await requireApiKey(ctx);
  const { draft: extracted, warnings } = draftFromInput(input);
  const draft = await keepEditorWork(ctx, extracted);
  const summary = summarise(draft);
  if (input.dryRun) return { article: null, summary, warnings, changed: false };
  const result = await ctx.store.loadArticle(draft);
  if (result.changed) await ctx.contentChanged();
  ctx.logger.info({ ...summary, changed: result.changed }, "article ingested");
  return { article: await articleById(ctx, result.articleId), summary, warnings, changed: result.changed };
}

function summarise(draft: AnnotatedArticle): DraftSummary {
  const { slug, title, publishedAt } = draft.article;
  return {
    slug,
    title,
    publishedAt,
    entities: draft.entities.length,
    quotes: draft.quotes.length,
    events: draft.events.length,
    relations: draft.relations.length,
  };
}
