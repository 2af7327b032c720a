import type { AnnotatedArticle, Entity, EntityKind, Event, Quote, Span } from "@quizwire/content";
import { sameEntity } from "./names.js";
import { type Score, score } from "./score.js";

/** The categories the evaluation reports. */
export const CATEGORIES = [
  "people",
  "organisations",
  "places",
  "quotes (right speaker)",
  "events",
  "dates",
] as const;
export type Category = (typeof CATEGORIES)[number];

const KINDS: Record<"people" | "organisations" | "places", EntityKind[]> = {
  people: ["PERSON"],
  organisations: ["ORGANIZATION", "GOVERNMENT", "MEDIA_OUTLET", "PLATFORM"],
  places: ["COUNTRY", "CITY", "REGION"],
};

/**
 * Compares a draft with the curated annotation of the same text. Entities match by a shared
 * normalised name or alias; quotes by overlapping words and the same speaker; events by
 * overlapping evidence and the same kind; dates (of events) by iso value and precision.
 */
export function compareDraft(draft: AnnotatedArticle, gold: AnnotatedArticle): Record<Category, Score> {
  const entities = (a: AnnotatedArticle, kinds: EntityKind[]) =>
    a.entities.filter((e) => kinds.includes(e.kind));
  const byId = (a: AnnotatedArticle) => new Map(a.entities.map((e) => [e.id, e]));
  const draftIds = byId(draft);
  const goldIds = byId(gold);
  const speakerOk = (d: Quote, g: Quote) => {
    const a = draftIds.get(d.speakerId);
    const b = goldIds.get(g.speakerId);
    return !!a && !!b && sameEntity(a, b);
  };
  const dateKey = (e: Event) => `${e.date.iso}|${e.date.precision}`;
  return {
    people: score(entities(draft, KINDS.people), entities(gold, KINDS.people), sameEntity),
    organisations: score(
      entities(draft, KINDS.organisations),
      entities(gold, KINDS.organisations),
      sameEntity,
    ),
    places: score(entities(draft, KINDS.places), entities(gold, KINDS.places), sameEntity),
    "quotes (right speaker)": score(
      draft.quotes,
      gold.quotes,
      (d, g) => overlaps(quoteSpan(d), quoteSpan(g)) && speakerOk(d, g),
    ),
    events: score(
      draft.events,
      gold.events,
      (d, g) => d.kind === g.kind && d.evidence.some((x) => g.evidence.some((y) => overlaps(x, y))),
    ),
    dates: score(
      [...new Set(draft.events.map(dateKey))],
      [...new Set(gold.events.map(dateKey))],
      (a, b) => a === b,
    ),
  };
}

/** Where a quote's own words are: the quoted text inside its evidence, or the evidence itself. */
function quoteSpan(q: Quote): Span {
  const at = q.evidence.text.indexOf(q.text);
  return at < 0
    ? q.evidence
    : { start: q.evidence.start + at, end: q.evidence.start + at + q.text.length, text: q.text };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export type { Entity };
