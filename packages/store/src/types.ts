import type {
  CurationStatus,
  DatePrecision,
  DateStatus,
  EntityKind,
  EventKind,
  Predicate,
  Provenance,
  QuoteKind,
  Range,
} from "@quizwire/content";

/** A span of an article body as stored: always carries its article. */
export interface SpanRow {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  dek: string | null;
  byline: string | null;
  publisher: string | null;
  /** YYYY-MM-DD. */
  publishedAt: string;
  publishedAtNote: string | null;
  dateline: string | null;
  sourceUrl: string | null;
  license: string | null;
  attribution: string | null;
  language: string;
  body: string;
  paragraphs: Range[];
  sentences: Range[];
  contentHash: string;
  status: CurationStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  provenance: Provenance;
  createdAt: Date;
  updatedAt: Date;
}

export interface RoleRow {
  entityId: string;
  articleId: string;
  title: string;
  ofId: string | null;
  asOf: string | null;
  former: boolean;
  evidence: SpanRow[];
  provenance: Provenance;
}

export interface MentionRow extends SpanRow {
  entityId: string;
  /** The slug of the mention's article, so a client can link without another lookup. */
  articleSlug: string;
}

export interface DateValueRow {
  iso: string;
  precision: DatePrecision;
  /** The words as written; null when the article does not state the date. */
  text: string | null;
  /** How an unstated date was inferred ("before the Muscat round"); null for a stated date. */
  basis: string | null;
  status: DateStatus;
  approximate: boolean;
  span: SpanRow | null;
}

export interface QuoteRow {
  id: string;
  articleId: string;
  speakerId: string;
  text: string;
  kind: QuoteKind;
  channel: string | null;
  channelEntityId: string | null;
  eventId: string | null;
  date: DateValueRow | null;
  evidence: SpanRow;
  speakerResolution: string;
  provenance: Provenance;
}

export interface EventRow {
  id: string;
  articleId: string;
  kind: EventKind;
  title: string;
  summary: string | null;
  date: DateValueRow;
  locationId: string | null;
  evidence: SpanRow[];
  /** Order in the story's own timeline (1 = earliest). */
  sequence: number;
  provenance: Provenance;
}

export interface ParticipantRow {
  eventId: string;
  entityId: string;
  role: string;
}

export interface RelationRow {
  id: string;
  articleId: string;
  subjectId: string;
  predicate: Predicate;
  objectId: string;
  label: string | null;
  evidence: SpanRow[];
  provenance: Provenance;
}

/** A sentence of an article body (the sentence that holds a span). */
export interface SentenceRow extends SpanRow {
  /** 0-based position of the sentence in the article. */
  index: number;
}
