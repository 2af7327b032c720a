import type { AnnotatedArticle } from "@quizwire/content";

/**
 * The stages number quotes, events and relations per article (quote-1, event-1 …), but the
 * store keeps those ids global and refuses one another article owns, so a second drafted article
 * could never be stored. Prefixing them with the article's id (`<slug>.quote-1`) makes them unique;
 * ids already prefixed are kept, and quotes follow their event's new id.
 */
export function scopeFactIds(draft: AnnotatedArticle): AnnotatedArticle {
  const prefix = `${draft.article.id}.`;
  const scoped = (id: string) => (id.startsWith(prefix) ? id : `${prefix}${id}`);
  return {
    ...draft,
    events: draft.events.map((e) => ({ ...e, id: scoped(e.id) })),
    quotes: draft.quotes.map((q) => ({
      ...q,
      id: scoped(q.id),
      ...(q.eventId ? { eventId: scoped(q.eventId) } : {}),
    })),
    relations: draft.relations.map((r) => ({ ...r, id: scoped(r.id) })),
  };
}
