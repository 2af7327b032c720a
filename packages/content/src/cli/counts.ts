import type { AnnotatedArticle } from "../schema/article.js";
import type { EntityKind } from "../schema/entity.js";

/** How many facts of each kind an annotated article holds. */
export interface ArticleCounts {
  people: number;
  organisations: number;
  places: number;
  otherEntities: number;
  quotes: number;
  events: number;
  relations: number;
}

const GROUPS: Record<"people" | "organisations" | "places", readonly EntityKind[]> = {
  people: ["PERSON"],
  organisations: ["ORGANIZATION", "GOVERNMENT", "MEDIA_OUTLET", "PLATFORM"],
  places: ["COUNTRY", "CITY", "REGION"],
};

/** Counts an article's entities by group, and its quotes, events and relations. */
export function countFacts(doc: AnnotatedArticle): ArticleCounts {
  const inGroup = (kinds: readonly EntityKind[]) => doc.entities.filter((e) => kinds.includes(e.kind)).length;
  const people = inGroup(GROUPS.people);
  const organisations = inGroup(GROUPS.organisations);
  const places = inGroup(GROUPS.places);
  return {
    people,
    organisations,
    places,
    otherEntities: doc.entities.length - people - organisations - places,
    quotes: doc.quotes.length,
    events: doc.events.length,
    relations: doc.relations.length,
  };
}

/** Words in a text, counted as runs of non-whitespace. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}
