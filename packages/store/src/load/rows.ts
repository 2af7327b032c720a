import type { AnnotatedArticle, CurationStatus, Provenance } from "@quizwire/content";
import { normalizeSearchText } from "../normalize.js";
import type * as schema from "../schema/index.js";
import { eventSortKey } from "./sort-key.js";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** Every row one annotated article stores, ready to insert. */
export interface ArticleRows {
  article: Insert<typeof schema.articles>;
  entities: Insert<typeof schema.entities>[];
  articleEntities: Insert<typeof schema.articleEntities>[];
  roles: Insert<typeof schema.entityRoles>[];
  mentions: Insert<typeof schema.mentions>[];
  events: Insert<typeof schema.events>[];
  participants: Insert<typeof schema.eventParticipants>[];
  quotes: Insert<typeof schema.quotes>[];
  relations: Insert<typeof schema.relations>[];
}

const provenance = (p: Provenance) => ({ method: p.method, confidence: p.confidence, status: p.status });

/** CURATED when every fact an article carries was curated, else DRAFT. */
export function inferStatus(a: AnnotatedArticle): CurationStatus {
  const facts = [...a.entities, ...a.quotes, ...a.events, ...a.relations];
  return facts.every((f) => f.provenance.status === "CURATED") ? "CURATED" : "DRAFT";
}

export function articleRows(a: AnnotatedArticle, contentHash: string, status: CurationStatus): ArticleRows {
  const articleId = a.article.id;
  const { id, slug, title, body, paragraphs, sentences, publishedAt, language } = a.article;
  const m = a.article;
  return {
    article: {
      id,
      slug,
      title,
      dek: m.dek ?? null,
      byline: m.byline ?? null,
      publisher: m.publisher ?? null,
      publishedAt,
      publishedAtNote: m.publishedAtNote ?? null,
      dateline: m.dateline ?? null,
      sourceUrl: m.sourceUrl ?? null,
      license: m.license ?? null,
      attribution: m.attribution ?? null,
      language,
      body,
      paragraphs,
      sentences,
      contentHash,
      status,
    },
    entities: a.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      description: e.description ?? null,
      searchName: normalizeSearchText(e.name),
      searchAliases: `|${e.aliases.map(normalizeSearchText).join("|")}|`,
      ...provenance(e.provenance),
    })),
    articleEntities: a.entities.map((e, position) => ({
      articleId,
      entityId: e.id,
      position,
      ...provenance(e.provenance),
    })),
    roles: a.entities.flatMap((e) =>
      e.roles.map((r, position) => ({
        articleId,
        entityId: e.id,
        position,
        title: r.title,
        ofId: r.ofId ?? null,
        asOf: r.asOf ?? null,
        former: r.former,
        evidence: r.evidence,
        ...provenance(e.provenance),
      })),
    ),
    mentions: a.entities.flatMap((e) =>
      e.mentions.map((s, position) => ({
        articleId,
        entityId: e.id,
        start: s.start,
        end: s.end,
        text: s.text,
        position,
        ...provenance(e.provenance),
      })),
    ),
    events: a.events.map((e, position) => ({
      id: e.id,
      articleId,
      kind: e.kind,
      title: e.title,
      summary: e.summary ?? null,
      dateIso: e.date.iso,
      datePrecision: e.date.precision,
      dateText: e.date.text,
      dateBasis: e.date.basis ?? null,
      dateStatus: e.date.status,
      dateApproximate: e.date.approximate,
      dateSpan: e.date.span ?? null,
      sortKey: eventSortKey(e.date, e.sequence, e.id),
      locationId: e.locationId ?? null,
      evidence: e.evidence,
      sequence: e.sequence,
      position,
      searchText: normalizeSearchText(`${e.title}\n${e.summary ?? ""}`),
      ...provenance(e.provenance),
    })),
    participants: a.events.flatMap((e) =>
      e.participants.map((p, position) => ({
        eventId: e.id,
        articleId,
        entityId: p.entityId,
        role: p.role,
        position,
        ...provenance(e.provenance),
      })),
    ),
    quotes: a.quotes.map((q, position) => ({
      id: q.id,
      articleId,
      speakerId: q.speakerId,
      text: q.text,
      kind: q.kind,
      channel: q.channel ?? null,
      channelEntityId: q.channelEntityId ?? null,
      eventId: q.eventId ?? null,
      date: q.date ?? null,
      evidenceStart: q.evidence.start,
      evidenceEnd: q.evidence.end,
      evidenceText: q.evidence.text,
      speakerResolution: q.speakerResolution,
      position,
      searchText: normalizeSearchText(q.text),
      ...provenance(q.provenance),
    })),
    relations: a.relations.map((r, position) => ({
      id: r.id,
      articleId,
      subjectId: r.subjectId,
      predicate: r.predicate,
      objectId: r.objectId,
      label: r.label ?? null,
      evidence: r.evidence,
      position,
      ...provenance(r.provenance),
    })),
  };
}
