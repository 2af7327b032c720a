import type { ArticleFacts, ArticleRef, EntityView } from "./types";

/**
 * The entity's quotes, events and mentions grouped by the article they come from, newest article
 * first (then by title). Each group keeps the API's order: quotes and events chronological,
 * mentions in text order, one per sentence. Facts with no article form a last group of their own.
 */
export function groupByArticle(entity: Pick<EntityView, "quotes" | "events" | "mentions">): ArticleFacts[] {
  const groups = new Map<string, ArticleFacts>();
  const groupOf = (slug: string | null, article: ArticleRef | null): ArticleFacts => {
    const key = slug ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { article, quotes: [], events: [], sentences: [], mentionCount: 0 };
      groups.set(key, group);
    } else if (!group.article && article) group.article = article;
    return group;
  };
  for (const q of entity.quotes) groupOf(q.article?.slug ?? null, q.article ?? null).quotes.push(q);
  for (const e of entity.events) groupOf(e.article?.slug ?? null, e.article ?? null).events.push(e);
  const seen = new Set<string>();
  for (const m of entity.mentions) {
    // A mention always names its article's slug; its title is missing only if the article is gone.
    const group = groupOf(
      m.articleSlug,
      m.article ?? { slug: m.articleSlug, title: m.articleSlug, publishedAt: "" },
    );
    group.mentionCount++;
    const start = m.sentence?.start ?? m.start;
    const key = `${m.articleSlug}#${start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    group.sentences.push({ start, text: m.sentence?.text ?? m.text });
  }
  return [...groups.values()].sort(byArticle);
}

function byArticle(a: ArticleFacts, b: ArticleFacts): number {
  if (!a.article || !b.article) return a.article ? -1 : b.article ? 1 : 0;
  return (
    b.article.publishedAt.localeCompare(a.article.publishedAt) ||
    a.article.title.localeCompare(b.article.title)
  );
}
