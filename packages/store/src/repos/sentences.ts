import { inArray } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";
import type { SentenceKey } from "../store.js";
import type { SentenceRow } from "../types.js";
import { distinct } from "./group.js";

/** The sentence holding each key's offset: one statement reads the bodies and sentence ranges of the articles. */
export async function sentencesAt(db: Db, keys: readonly SentenceKey[]): Promise<(SentenceRow | null)[]> {
  if (keys.length === 0) return [];
  const a = schema.articles;
  const rows = await db
    .select({ id: a.id, body: a.body, sentences: a.sentences })
    .from(a)
    .where(inArray(a.id, distinct(keys.map((k) => k.articleId))));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return keys.map(({ articleId, start }) => {
    const article = byId.get(articleId);
    if (!article) return null;
    // Sentences are in body order: the first that ends after the offset holds it (or follows the gap it is in).
    const index = article.sentences.findIndex((s) => s.end > start);
    const s = article.sentences[index];
    return s ? sentence(articleId, article.body, s, index) : null;
  });
}

const sentence = (
  articleId: string,
  body: string,
  s: { start: number; end: number },
  index: number,
): SentenceRow => ({
  articleId,
  index,
  start: s.start,
  end: s.end,
  text: body.slice(s.start, s.end),
});
