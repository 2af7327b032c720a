import { type AnnotatedArticle, AnnotatedArticleSchema } from "@quizwire/content";
import { asc, eq, or } from "drizzle-orm";
import type { Db } from "../db.js";
import * as schema from "../schema/index.js";
import { toProvenance } from "./map.js";

/** Drops null fields, which the data-file format writes by leaving the key out. */
const compact = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/** Rebuilds the data file of a stored article (the quiz engine works on this shape), or null. */
export async function annotatedArticle(db: Db, idOrSlug: string): Promise<AnnotatedArticle | null> {
  const [article] = await db
    .select()
    .from(schema.articles)
    .where(or(eq(schema.articles.id, idOrSlug), eq(schema.articles.slug, idOrSlug)));
  if (!article) return null;
  const id = article.id;
  const [ents, roles, mentions, events, participants, quotes, relations] = await Promise.all([
    db
      .select({ e: schema.entities, ae: schema.articleEntities })
      .from(schema.articleEntities)
      .innerJoin(schema.entities, eq(schema.entities.id, schema.articleEntities.entityId))
      .where(eq(schema.articleEntities.articleId, id))
      .orderBy(asc(schema.articleEntities.position)),
    db
      .select()
      .from(schema.entityRoles)
      .where(eq(schema.entityRoles.articleId, id))
      .orderBy(asc(schema.entityRoles.position)),
    db
      .select()
      .from(schema.mentions)
      .where(eq(schema.mentions.articleId, id))
      .orderBy(asc(schema.mentions.position)),
    db
      .select()
      .from(schema.events)
      .where(eq(schema.events.articleId, id))
      .orderBy(asc(schema.events.position)),
    db
      .select()
      .from(schema.eventParticipants)
      .where(eq(schema.eventParticipants.articleId, id))
      .orderBy(asc(schema.eventParticipants.position)),
    db
      .select()
      .from(schema.quotes)
      .where(eq(schema.quotes.articleId, id))
      .orderBy(asc(schema.quotes.position)),
    db
      .select()
      .from(schema.relations)
      .where(eq(schema.relations.articleId, id))
      .orderBy(asc(schema.relations.position)),
  ]);
  const { contentHash: _h, status: _s, createdAt: _c, updatedAt: _u, ...fields } = article;
  const file = {
    formatVersion: 1,
    article: compact(fields),
    entities: ents.map(({ e, ae }) => ({
      ...compact({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, description: e.description }),
      roles: roles
        .filter((r) => r.entityId === e.id)
        .map((r) =>
          compact({ title: r.title, ofId: r.ofId, asOf: r.asOf, former: r.former, evidence: r.evidence }),
        ),
      mentions: mentions
        .filter((m) => m.entityId === e.id)
        .map((m) => ({ start: m.start, end: m.end, text: m.text })),
      provenance: toProvenance(ae),
    })),
    quotes: quotes.map((q) => ({
      ...compact({
        id: q.id,
        speakerId: q.speakerId,
        text: q.text,
        kind: q.kind,
        channel: q.channel,
        channelEntityId: q.channelEntityId,
        eventId: q.eventId,
        date: q.date,
      }),
      evidence: { start: q.evidenceStart, end: q.evidenceEnd, text: q.evidenceText },
      speakerResolution: q.speakerResolution,
      provenance: toProvenance(q),
    })),
    events: events.map((ev) => ({
      ...compact({ id: ev.id, kind: ev.kind, title: ev.title, summary: ev.summary }),
      date: {
        // text stays when null: the format writes an unstated date as `text: null`.
        text: ev.dateText,
        ...compact({
          iso: ev.dateIso,
          precision: ev.datePrecision,
          basis: ev.dateBasis,
          status: ev.dateStatus,
          approximate: ev.dateApproximate,
          span: ev.dateSpan,
        }),
      },
      ...compact({ locationId: ev.locationId }),
      participants: participants
        .filter((p) => p.eventId === ev.id)
        .map((p) => ({ entityId: p.entityId, role: p.role })),
      evidence: ev.evidence,
      sequence: ev.sequence,
      provenance: toProvenance(ev),
    })),
    relations: relations.map((r) => ({
      ...compact({
        id: r.id,
        subjectId: r.subjectId,
        predicate: r.predicate,
        objectId: r.objectId,
        label: r.label,
      }),
      evidence: r.evidence,
      provenance: toProvenance(r),
    })),
  };
  return AnnotatedArticleSchema.parse(file);
}
