import type { AnnotatedArticle } from "@quizwire/content";

/** The draft in the shape of the GraphQL Article contract, for `ingest --json`. */
export function contractJson(draft: AnnotatedArticle) {
  const byId = new Map(draft.entities.map((e) => [e.id, e]));
  const ref = (id: string | undefined) => {
    const e = id ? byId.get(id) : undefined;
    return e ? { id: e.id, name: e.name } : null;
  };
  return {
    article: { slug: draft.article.slug, title: draft.article.title, publishedAt: draft.article.publishedAt },
    entities: draft.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles.map((r) => ({ title: r.title })),
    })),
    quotes: draft.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: ref(q.speakerId) })),
    events: draft.events.map((e) => ({
      title: e.title,
      kind: e.kind,
      date: {
        iso: e.date.iso,
        precision: e.date.precision,
        text: e.date.text,
        ...(e.date.basis ? { basis: e.date.basis } : {}),
      },
      location: e.locationId ? { name: byId.get(e.locationId)?.name ?? e.locationId } : null,
      participants: e.participants.map((p) => ({ name: byId.get(p.entityId)?.name ?? p.entityId })),
    })),
  };
}

/** Counts of a draft by kind, as one line: "14 entities (9 PERSON, …), 6 quotes, 17 events". */
export function countsLine(draft: AnnotatedArticle): string {
  const kinds = new Map<string, number>();
  for (const e of draft.entities) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  const byKind = [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
  return `${draft.entities.length} entities (${byKind}), ${draft.quotes.length} quotes, ${draft.events.length} events, ${draft.article.sentences.length} sentences`;
}
