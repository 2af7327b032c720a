import type { AnnotatedArticleInput } from "../src/schema/article.js";
import type { DateValue } from "../src/schema/date.js";
import { CURATED } from "../src/schema/provenance.js";
import type { Span } from "../src/schema/span.js";
import { locate, type Ref } from "./author-seed-locate.js";
import { findMentions } from "./author-seed-mentions.js";
import type { DateDraft, EntityDraft, EventDraft, QuoteDraft, RelationDraft } from "./seed-facts-types.js";

type Facts = Omit<AnnotatedArticleInput, "formatVersion" | "article">;

/** The facts as drafted, to be resolved against a body. */
export interface Drafts {
  entities: EntityDraft[];
  quotes: QuoteDraft[];
  events: EventDraft[];
  relations: RelationDraft[];
  /** Roles not called former hold as of this date (publication). */
  asOf: string;
}

/**
 * Turns drafted facts into data-file facts: every snippet becomes a span at its exact offsets,
 * every entity gets all its mentions, every fact the curated provenance. Throws on the first
 * snippet that is missing or ambiguous, naming the fact.
 */
export function buildFacts(body: string, drafts: Drafts): Facts {
  const at = (ref: Ref, what: string): Span => locate(body, ref, what);
  const date = (d: DateDraft, what: string): DateValue => {
    const when = { iso: d.iso, precision: d.precision };
    const status = d.status ?? "OCCURRED";
    if (d.text === null) return { ...when, text: null, basis: d.basis, status, approximate: true };
    return {
      ...when,
      text: d.text,
      status,
      approximate: d.approximate ?? false,
      span: at(d.at ?? d.text, `${what} date`),
    };
  };
  const mentions = findMentions(
    body,
    drafts.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases ?? [] })),
  );
  return {
    entities: drafts.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases ?? [],
      ...(e.description ? { description: e.description } : {}),
      roles: (e.roles ?? []).map((r) => ({
        title: r.title,
        ...(r.ofId ? { ofId: r.ofId } : {}),
        ...(r.former ? {} : { asOf: drafts.asOf }),
        former: r.former ?? false,
        evidence: r.evidence.map((ref) => at(ref, `${e.id} role ${r.title}`)),
      })),
      mentions: mentions.get(e.id) ?? [],
      provenance: CURATED,
    })),
    quotes: drafts.quotes.map(({ date: when, evidence, ...q }) => ({
      ...q,
      evidence: at(evidence, q.id),
      ...(when ? { date: date(when, q.id) } : {}),
      speakerResolution: "CURATED" as const,
      provenance: CURATED,
    })),
    events: drafts.events.map((e) => ({
      ...e,
      date: date(e.date, e.id),
      evidence: e.evidence.map((ref) => at(ref, e.id)),
      provenance: CURATED,
    })),
    relations: drafts.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map((ref) => at(ref, r.id)),
      provenance: CURATED,
    })),
  };
}
