import type { ArticleRow, SpanRow } from "@quizwire/store";
import type { Context } from "../context.js";
import type { Sentence } from "./span.type.js";

/** The sentence of `article` that holds offset `start` (binary search over the sorted sentences). */
export function sentenceAt(article: ArticleRow, start: number): Sentence | null {
  const list = article.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return { start: s.start, end: s.end, text: article.body.slice(s.start, s.end), index: mid };
  }
  return null;
}

/** What `Span` resolves from: a stored span; its sentence is found through the article. */
export type SpanValue = Pick<SpanRow, "articleId" | "start" | "end" | "text">;

/** The sentence holding a span, through the span's article (one DataLoader lookup). */
export async function sentenceOf(ctx: Context, span: { articleId: string; start: number }) {
  const article = await ctx.loaders.articleById.load(span.articleId);
  return article ? sentenceAt(article, span.start) : null;
}
