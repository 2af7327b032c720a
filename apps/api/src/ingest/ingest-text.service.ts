import type { AnnotatedArticle } from "@quizwire/content";
import { articleById } from "../article/article.service.js";
import { requireApiKey } from "../auth/require-api-key.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { type DraftInput, DraftInputError } from "./draft.js";
import { DraftBusyError, DraftTimeoutError } from "./draft-pool.js";
import type { IngestArticleInput } from "./ingest.input.js";
import type { DraftSummary } from "./ingest-payload.type.js";
import { keepEditorWork } from "./keep-editor-work.js";

/**
 * `ingestArticle`: checks the API key, drafts the text in a worker thread (the draft pool), keeps an
 * editor's corrections, and stores the result with `loadArticle` (one transaction: a failure leaves
 * the previous version in place).
 * A change refreshes the content version, so cached responses and rows are dropped at once.
 */
export async function ingestArticle(ctx: Context, input: IngestArticleInput) {
  await requireApiKey(ctx);
  const { draft: extracted, warnings } = await draftInWorker(ctx, input);
  const draft = await keepEditorWork(ctx, extracted);
  const summary = summarise(draft);
  if (input.dryRun) return { article: null, summary, warnings, changed: false };
  const result = await ctx.store.loadArticle(draft);
  if (result.changed) await ctx.contentChanged();
  ctx.logger.info({ ...summary, changed: result.changed }, "article ingested");
  return { article: await articleById(ctx, result.articleId), summary, warnings, changed: result.changed };
}

/**
 * The pool's draft, its refusals as BAD_USER_INPUT: bad input with the extractor's sentence, a draft
 * past the timeout with what to do. A worker that died is a server fault: formatError logs it and
 * answers INTERNAL_SERVER_ERROR.
 */
async function draftInWorker(ctx: Context, input: DraftInput) {
  try {
    return await ctx.drafts.draft(input);
  } catch (error) {
    if (error instanceof DraftInputError) throw badInput(error.message);
    if (error instanceof DraftTimeoutError) throw badInput(error.message, { reason: "DRAFT_TIMEOUT" });
    if (error instanceof DraftBusyError) throw badInput(error.message, { reason: "DRAFT_QUEUE_FULL" });
    throw error;
  }
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
