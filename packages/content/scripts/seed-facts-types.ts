import type { DatePrecision, DateStatus } from "../src/schema/date.js";
import type { EntityKind } from "../src/schema/entity.js";
import type { EventKind } from "../src/schema/event.js";
import type { QuoteKind } from "../src/schema/quote.js";
import type { Predicate } from "../src/schema/relation.js";
import type { Ref } from "./author-seed-locate.js";

/** A post as the facts files write it; evidence snippets must contain the title. */
export interface RoleDraft {
  title: string;
  ofId?: string;
  former?: boolean;
  evidence: Ref[];
}

/** An entity before its mentions are found: mentions are every occurrence of name or aliases. */
export interface EntityDraft {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  description?: string;
  roles?: RoleDraft[];
}

/**
 * A resolved date. A stated date keeps its words in `text`; `at` points at them in the body (it
 * defaults to `text` itself when that occurs once). A date the body does not state has `text: null`
 * and a `basis` saying how its iso was inferred; it is approximate and has no span.
 */
export type DateDraft = {
  iso: string;
  precision: DatePrecision;
  status?: DateStatus;
} & ({ text: string; approximate?: boolean; at?: Ref } | { text: null; basis: string; approximate: true });

export interface QuoteDraft {
  id: string;
  speakerId: string;
  kind: QuoteKind;
  text: string;
  evidence: Ref;
  channel?: string;
  channelEntityId?: string;
  eventId?: string;
  date?: DateDraft;
}

export interface EventDraft {
  id: string;
  kind: EventKind;
  title: string;
  summary?: string;
  date: DateDraft;
  locationId?: string;
  participants: { entityId: string; role: string }[];
  evidence: Ref[];
  sequence: number;
}

export interface RelationDraft {
  id: string;
  subjectId: string;
  predicate: Predicate;
  objectId: string;
  label?: string;
  evidence: Ref[];
}
