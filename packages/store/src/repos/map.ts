import type {
  CurationStatus,
  DatePrecision,
  DateStatus,
  DateValue,
  EntityKind,
  EventKind,
  Method,
  Predicate,
  Provenance,
  QuoteKind,
  Span,
} from "@quizwire/content";
import type * as schema from "../schema/index.js";
import type {
  ArticleRow,
  DateValueRow,
  EntityRow,
  EventRow,
  QuoteRow,
  RelationRow,
  RoleRow,
  SpanRow,
} from "../types.js";

type Select<T extends { $inferSelect: unknown }> = T["$inferSelect"];

const provenance = (r: { method: string; confidence: number; status: string }): Provenance => ({
  method: r.method as Method,
  confidence: r.confidence,
  status: r.status as CurationStatus,
});

export const spanRow = (articleId: string, s: Span): SpanRow => ({
  articleId,
  start: s.start,
  end: s.end,
  text: s.text,
});

const dateRow = (articleId: string, d: DateValue): DateValueRow => ({
  iso: d.iso,
  precision: d.precision,
  text: d.text,
  basis: d.basis ?? null,
  status: d.status,
  approximate: d.approximate,
  span: d.span ? spanRow(articleId, d.span) : null,
});

export const toArticle = (r: Select<typeof schema.articles>): ArticleRow => ({
  ...r,
  status: r.status as CurationStatus,
});

export const toEntity = (r: Select<typeof schema.entities>): EntityRow => ({
  id: r.id,
  kind: r.kind as EntityKind,
  name: r.name,
  aliases: r.aliases,
  description: r.description,
  provenance: provenance(r),
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const toQuote = (r: Select<typeof schema.quotes>): QuoteRow => ({
  id: r.id,
  articleId: r.articleId,
  speakerId: r.speakerId,
  text: r.text,
  kind: r.kind as QuoteKind,
  channel: r.channel,
  channelEntityId: r.channelEntityId,
  eventId: r.eventId,
  date: r.date ? dateRow(r.articleId, r.date) : null,
  evidence: { articleId: r.articleId, start: r.evidenceStart, end: r.evidenceEnd, text: r.evidenceText },
  speakerResolution: r.speakerResolution,
  provenance: provenance(r),
});

export const toEvent = (r: Select<typeof schema.events>): EventRow => ({
  id: r.id,
  articleId: r.articleId,
  kind: r.kind as EventKind,
  title: r.title,
  summary: r.summary,
  date: {
    iso: r.dateIso,
    precision: r.datePrecision as DatePrecision,
    text: r.dateText,
    basis: r.dateBasis,
    status: r.dateStatus as DateStatus,
    approximate: r.dateApproximate,
    span: r.dateSpan ? spanRow(r.articleId, r.dateSpan) : null,
  },
  locationId: r.locationId,
  evidence: r.evidence.map((s) => spanRow(r.articleId, s)),
  sequence: r.sequence,
  provenance: provenance(r),
});

export const toRelation = (r: Select<typeof schema.relations>): RelationRow => ({
  id: r.id,
  articleId: r.articleId,
  subjectId: r.subjectId,
  predicate: r.predicate as Predicate,
  objectId: r.objectId,
  label: r.label,
  evidence: r.evidence.map((s) => spanRow(r.articleId, s)),
  provenance: provenance(r),
});

export const toRole = (x: Select<typeof schema.entityRoles>): RoleRow => ({
  entityId: x.entityId,
  articleId: x.articleId,
  title: x.title,
  ofId: x.ofId,
  asOf: x.asOf,
  former: x.former,
  evidence: x.evidence.map((s) => spanRow(x.articleId, s)),
  provenance: provenance(x),
});

export { provenance as toProvenance };
